package ir.shenava.intake.web;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import ir.shenava.intake.TrackingCode;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.ComplaintRepository;
import ir.shenava.platform.PublicEndpoints;
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
 * so are wrong verifiers for one code from anywhere (four digits are few enough to guess across
 * many addresses): after {@link #WRONG_PER_CODE} in an hour the code is locked for everybody until
 * they age out. Every well-formed code counts alike, so the lock never tells whether a code exists.
 * The answers that follow (confirmation, rating) have their own controllers, behind signed tokens.
 */
@Controller
class TrackingController {

    private final ComplaintRepository complaints;
    private final TrackingResult result;
    static final int WRONG_PER_CODE = 10;
    static final Duration CODE_LOCK = Duration.ofHours(1);

    private final RateLimit guesses;
    private final RateLimit wrongPerCode;

    TrackingController(ComplaintRepository complaints, TrackingResult result, Clock clock) {
        this.complaints = complaints;
        this.result = result;
        this.guesses = new RateLimit(10, Duration.ofMinutes(15), clock);
        this.wrongPerCode = new RateLimit(WRONG_PER_CODE, CODE_LOCK, clock);
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
        // the attempt is counted against the code before the answer is known, so parallel guesses cannot
        // slip past the limit; a right answer gives it back
        String codeKey = parsed.map(c -> c.value() + "#wrong").orElse(null);
        if (codeKey != null && !wrongPerCode.tryAcquire(codeKey)) {
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
        wrongPerCode.release(codeKey);
        return result.show(found.get(), null, model);
    }
}
