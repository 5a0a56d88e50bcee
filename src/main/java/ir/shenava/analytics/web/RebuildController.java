package ir.shenava.analytics.web;

import ir.shenava.analytics.internal.ProjectionRebuild;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's (or quality manager's) "rebuild the figures": asks for a confirmation, starts
 * the rebuild in the background and shows its progress, refreshed by htmx while it runs.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN','QUALITY_MANAGER')")
class RebuildController {

    private final ProjectionRebuild rebuild;

    RebuildController(ProjectionRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @GetMapping("/analytics/rebuild")
    String page(Model model) {
        model.addAttribute("progress", rebuild.progress());
        return "analytics/rebuild";
    }

    @GetMapping("/analytics/rebuild/progress")
    String progress(Model model) {
        model.addAttribute("progress", rebuild.progress());
        return "analytics/rebuild :: progress";
    }

    @PostMapping("/analytics/rebuild")
    String start(@RequestParam(defaultValue = "false") boolean confirm, RedirectAttributes flash) {
        if (!confirm) {
            flash.addFlashAttribute("error", "analytics.rebuild.confirmFirst");
        } else if (rebuild.start()) {
            flash.addFlashAttribute("success", "analytics.rebuild.started");
        } else {
            flash.addFlashAttribute("error", "analytics.rebuild.alreadyRunning");
        }
        return "redirect:/analytics/rebuild";
    }
}
