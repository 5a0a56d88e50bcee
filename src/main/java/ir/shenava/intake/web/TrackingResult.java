package ir.shenava.intake.web;

import java.time.Duration;

import ir.shenava.intake.ComplaintStatus;
import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.ComplaintTimeline;
import ir.shenava.intake.internal.LinkSigner;
import ir.shenava.intake.internal.SatisfactionConfirmations;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A complaint on the tracking page once the visitor has proved they may see it (code and phone
 * digits or email, or a signed link): its timeline and, while it awaits the complainant's word, the
 * confirmation form. The form carries a signed token for this complaint only, so that no one answers
 * for a complaint they did not open.
 */
@Component
class TrackingResult {

    /** After a lookup by code: long enough to read the response and answer, short enough to go stale. */
    static final Duration LOOKUP_TOKEN = Duration.ofMinutes(30);

    private final ComplaintTimeline timelines;
    private final SatisfactionConfirmations confirmations;
    private final LinkSigner signer;
    private final java.time.Clock clock;

    TrackingResult(ComplaintTimeline timelines, SatisfactionConfirmations confirmations, LinkSigner signer, java.time.Clock clock) {
        this.clock = clock;
        this.timelines = timelines;
        this.confirmations = confirmations;
        this.signer = signer;
    }

    /** @param token the confirmation token the visitor came with, or null after a lookup by code */
    String show(Complaint complaint, String token, Model model) {
        model.addAttribute("complaint", complaint);
        model.addAttribute("timeline", timelines.of(complaint));
        // a deadline already passed is said to be late, not offered as a promise (issue 15 §11)
        model.addAttribute("nextStepLate", complaint.getNextStepDueAt() != null && complaint.getNextStepDueAt().isBefore(clock.instant()));
        boolean pending = confirmations.pending(complaint);
        model.addAttribute("confirmationPending", pending);
        model.addAttribute("confirmationGiven", !pending && complaint.getStatus() == ComplaintStatus.AWAITING_CONFIRMATION);
        if (pending && !model.containsAttribute("confirmation")) {
            String signed = token != null ? token : signer.sign(LinkSigner.Purpose.CONFIRM, complaint.getId(), LOOKUP_TOKEN);
            model.addAttribute("confirmation", ConfirmationForm.blank(complaint.getId(), signed));
        }
        return "intake/track";
    }
}
