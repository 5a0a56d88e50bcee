package ir.shenava.intake.web;

import java.time.Duration;

import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.ComplaintRepository;
import ir.shenava.intake.internal.LinkSigner;
import ir.shenava.platform.RateCounters;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The door of the signed links (from mails, and from the tracking page after a lookup): the token
 * must be ours, for this purpose and this complaint, and unexpired. Requests are limited per address
 * like the tracking lookups, though a 256-bit signature is no code to guess.
 */
@Component
class LinkAccess {

    private final ComplaintRepository complaints;
    private final LinkSigner signer;
    private final RateLimit requests;

    LinkAccess(ComplaintRepository complaints, LinkSigner signer, RateCounters counters) {
        this.complaints = complaints;
        this.signer = signer;
        this.requests = new RateLimit(counters, "links", 30, Duration.ofMinutes(15));
    }

    /** The complaint the link is for, or {@link BadLinkException}. */
    Complaint open(HttpServletRequest request, LinkSigner.Purpose purpose, String complaintId, String token) {
        if (!requests.tryAcquire(request.getRemoteAddr() + "#links")) {
            throw new BadLinkException(HttpStatus.TOO_MANY_REQUESTS, "track.throttled");
        }
        if (complaintId == null || !complaintId.matches("\\d{1,18}") || token == null || token.isBlank()) {
            throw new BadLinkException(HttpStatus.BAD_REQUEST, "track.link.invalid");
        }
        long id = Long.parseLong(complaintId);
        if (!signer.verify(purpose, id, token)) {
            throw new BadLinkException(HttpStatus.NOT_FOUND, "track.link.invalid");
        }
        return complaints.findById(id).orElseThrow(() -> new BadLinkException(HttpStatus.NOT_FOUND, "track.link.invalid"));
    }
}
