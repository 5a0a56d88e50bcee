package ir.shenava.notifications.web;

import ir.shenava.notifications.sms.ShortLinks;
import ir.shenava.platform.PublicEndpoints;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The short links of SMS: open to everyone, each leads to the link of ours it stands for. */
@Controller
class ShortLinkController {

    private final ShortLinks links;

    ShortLinkController(ShortLinks links) {
        this.links = links;
    }

    @Bean
    static PublicEndpoints shortLinkEndpoints() {
        return PublicEndpoints.of("/s/*");
    }

    @GetMapping("/s/{code}")
    String open(@PathVariable String code) {
        if (!code.matches("[A-Za-z0-9]{4,12}")) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:" + links.target(code).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
