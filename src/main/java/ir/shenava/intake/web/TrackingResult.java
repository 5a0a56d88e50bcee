package ir.shenava.intake.web;

import ir.shenava.intake.internal.Complaint;
import ir.shenava.intake.internal.ComplaintTimeline;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * A complaint on the tracking page once the visitor has proved they may see it (code and phone
 * digits or email): its timeline.
 */
@Component
class TrackingResult {

    private final ComplaintTimeline timelines;

    TrackingResult(ComplaintTimeline timelines) {
        this.timelines = timelines;
    }

    String show(Complaint complaint, Model model) {
        model.addAttribute("complaint", complaint);
        model.addAttribute("timeline", timelines.of(complaint));
        return "intake/track";
    }
}
