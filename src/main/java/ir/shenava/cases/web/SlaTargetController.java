package ir.shenava.cases.web;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

import ir.shenava.cases.Priority;
import ir.shenava.cases.SlaMilestone;
import ir.shenava.cases.internal.SlaDues;
import ir.shenava.cases.internal.SlaTargets;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The SLA targets per priority, in working hours: the administrator and the quality manager set
 * them. New targets apply to cases opened or assessed afterwards; the page shows, for each
 * priority, when a complaint arriving now would be due.
 */
@Controller
@RequestMapping("/sla")
@PreAuthorize("hasAnyRole('ADMIN','QUALITY_MANAGER')")
class SlaTargetController {

    /** A priority's due moments if a complaint arrived now, shown under its inputs. */
    record Preview(Priority priority, SlaDues dues) {
    }

    private final SlaTargets targets;
    private final Clock clock;

    SlaTargetController(SlaTargets targets, Clock clock) {
        this.targets = targets;
        this.clock = clock;
    }

    @GetMapping
    String show(Model model, Locale locale) {
        return page(SlaTargetsForm.of(targets.all(), !"en".equals(locale.getLanguage())), model);
    }

    @PostMapping
    @Transactional
    String save(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        SlaTargetsForm form = SlaTargetsForm.typed(params);
        if (form.hasErrors()) {
            model.addAttribute("error", "sla.invalid");
            return page(form, model);
        }
        form.targets().forEach(targets::save);
        redirect.addFlashAttribute("success", "sla.saved");
        return "redirect:/sla";
    }

    private String page(SlaTargetsForm form, Model model) {
        Instant now = clock.instant();
        model.addAttribute("form", form);
        model.addAttribute("milestones", SlaMilestone.values());
        model.addAttribute("previews", Arrays.stream(Priority.values())
                .map(p -> new Preview(p, targets.dues(p, now))).toList());
        return "cases/sla-targets";
    }
}
