package ir.shenava.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The language switch: the interceptor has already stored the choice; send the person back to
 * the page they were on (only within this site). Public.
 */
@Controller
class LanguageController {

    @GetMapping("/lang")
    String switchLanguage(@RequestParam(name = "back", required = false) String back, HttpServletRequest request) {
        boolean local = back != null && back.startsWith("/") && !back.startsWith("//") && !back.contains("\\")
                && back.chars().noneMatch(c -> c < ' ' || c == 0x7F);   // CR/LF would split the Location header
        return "redirect:" + (local ? back : "/");
    }
}
