package ir.shenava.intake.web;

import java.time.Duration;
import java.util.Optional;

import ir.shenava.intake.TrackingCode;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.ComplaintRepository;
import ir.shenava.platform.PublicEndpoints;
import ir.shenava.platform.RateCounters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public tracking page. A code alone never opens a complaint: the last four digits of the
 * contact's phone, or the email given, must match too. Attempts from one address are throttled, and
 * so are wrong verifiers for one code, per address and from anywhere ({@link TrackingCodeGuard}).
 * The answers that follow (confirmation, rating) have their own controllers, behind signed tokens.
 */
@Controller
class TrackingController {

    private final ComplaintRepository complaints;
    private final TrackingResult result;
    private final TrackingCodeGuard codes;
    private final RateLimit guesses;

    TrackingController(ComplaintRepository complaints, TrackingResult result, TrackingCodeGuard codes, RateCounters counters) {
        this.complaints = complaints;
        this.result = result;
        this.codes = codes;
        this.guesses = new RateLimit(counters, "track", 10, Duration.ofMinutes(15));
    }

    @Bean
    static PublicEndpoints intakePublicEndpoints() {
        return PublicEndpoints.of("/complaint", "/complaint/done", "/ceo", "/track",
                "/track/confirm", "/track/rate", "/track/rate/comment");
    }

    @GetMapping("/track")
    String page() {
        return "intake/track";
    }

    @PostMapping("/track")
    @Transactional(readOnly = true)
    String lookUp(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "") String verifier,
                  HttpServletRequest request, HttpServletResponse response, Model model) {
        model.addAttribute("code", code);
        if (!guesses.tryAcquire(request.getRemoteAddr() + "#attempts")) {
            response.setStatus(429);
            model.addAttribute("error", "track.throttled");
            return "intake/track";
        }
        Optional<TrackingCode> parsed = TrackingCode.parse(code);
        if (parsed.isPresent() && !codes.attempt(parsed.get(), request.getRemoteAddr())) {
            response.setStatus(429);
            model.addAttribute("error", "track.codeLocked");
            return "intake/track";
        }
        Optional<Complaint> found = parsed.flatMap(c -> complaints.findByTrackingCode(c.value()))
                .filter(c -> c.verifiedBy(verifier));
        if (found.isEmpty()) {
            model.addAttribute("error", "track.notFound");
            return "intake/track";
        }
        codes.answeredRight(parsed.get(), request.getRemoteAddr());
        return result.show(found.get(), null, model);
    }
}
