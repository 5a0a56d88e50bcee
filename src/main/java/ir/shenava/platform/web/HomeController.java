package ir.shenava.platform.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page after login. Anyone who handles complaints starts on "my work" (the cases
 * module's page); a caller on the queue of follow-up calls; an administrator with no other role gets
 * the start page of administration.
 */
@Controller
class HomeController {

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home(Authentication auth) {
        boolean handlesComplaints = auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().startsWith("ROLE_")
                && !a.getAuthority().equals("ROLE_ADMIN") && !a.getAuthority().equals(CALLER));
        if (handlesComplaints) {
            return "redirect:/work";
        }
        // a caller works the follow-up calls and sees no cases (issue 12 §6)
        boolean caller = auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(CALLER));
        return caller ? "redirect:/calls" : "home";
    }

    private static final String CALLER = "ROLE_CALLER";
}
