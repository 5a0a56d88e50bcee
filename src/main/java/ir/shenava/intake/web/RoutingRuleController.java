package ir.shenava.intake.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;

import ir.shenava.audit.AuditAction;
import ir.shenava.audit.AuditKind;
import ir.shenava.audit.AuditTrail;
import ir.shenava.intake.Channel;
import ir.shenava.intake.internal.ComplaintCategory;
import ir.shenava.intake.internal.ComplaintCategoryRepository;
import ir.shenava.intake.internal.IntakeRuleException;
import ir.shenava.intake.internal.RoutingRule;
import ir.shenava.intake.internal.RoutingRuleRepository;
import ir.shenava.staff.Role;
import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.StaffId;
import ir.shenava.staff.StaffSummary;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Routing on receipt as data (channel × category → person or role): the administrator sees the
 * rules the policy ships with and changes, adds or removes them. Only ADMIN. A CEO-page complaint
 * is for the CEO alone (policy 6), so a rule for that channel names the CEO role or a CEO.
 */
@Controller
@RequestMapping("/routing-rules")
@PreAuthorize("hasRole('ADMIN')")
class RoutingRuleController {

    private final RoutingRuleRepository rules;
    private final ComplaintCategoryRepository categories;
    private final StaffDirectory staff;
    private final AuditTrail audit;

    RoutingRuleController(RoutingRuleRepository rules, ComplaintCategoryRepository categories, StaffDirectory staff,
                          AuditTrail audit) {
        this.rules = rules;
        this.audit = audit;
        this.categories = categories;
        this.staff = staff;
    }

    /** What the administrator chose; typed values survive a refusal. */
    record RoutingRuleForm(@NotNull Channel channel, String categoryCode, Long targetStaffId, Role targetRole,
                           @Size(max = 40) String departmentCode) {

        static RoutingRuleForm empty() {
            return new RoutingRuleForm(null, null, null, null, null);
        }

        String category() {
            return categoryCode == null || categoryCode.isBlank() ? null : categoryCode;
        }
    }

    @GetMapping
    String list(Locale locale, Model model) {
        model.addAttribute("rules", rules.findAll().stream()
                .sorted(Comparator.comparing((RoutingRule r) -> r.getChannel().ordinal())
                        .thenComparing(r -> r.getCategoryCode() == null ? "~" : r.getCategoryCode())).toList());
        model.addAttribute("channels", Arrays.asList(Channel.values()));
        model.addAttribute("roles", Arrays.asList(Role.values()));
        model.addAttribute("categories", categories.findByActiveTrueOrderBySort());
        model.addAttribute("categoryNames", categories.findAll().stream()
                .collect(Collectors.toMap(ComplaintCategory::getCode, c -> c.name(locale))));   // the page's language (issue 15 §14)
        model.addAttribute("people", staff.active());
        model.addAttribute("staffNames", staff.activeNames());
        model.addAttribute("departments", staff.active().stream().map(StaffSummary::departmentCode)
                .filter(java.util.Objects::nonNull).distinct().sorted().toList());
        model.addAttribute("departmentNames", staff.departmentNames(locale));
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", RoutingRuleForm.empty());
        }
        return "intake/routing-rules";
    }

    /**
     * Adds the rule for this channel and category, or changes it when it exists. A refusal shows the
     * page again with the reason next to the field and the choices kept.
     */
    @PostMapping
    @Transactional
    String save(@Valid @ModelAttribute("form") RoutingRuleForm form, BindingResult result, Locale locale, Model model,
                RedirectAttributes redirect) {
        String category = form.category();
        if (category != null && !result.hasFieldErrors("categoryCode") && !categories.existsByCodeAndActiveTrue(category)) {
            result.rejectValue("categoryCode", "intake.category.unknown");
        }
        if (form.channel() == Channel.CEO_PAGE && form.targetStaffId() != null && !result.hasFieldErrors("targetStaffId")
                && !staff.find(new StaffId(form.targetStaffId())).map(s -> s.hasRole(Role.CEO)).orElse(false)) {
            result.rejectValue("targetStaffId", "routing.ceoPageCeoOnly");
        }
        if (result.hasErrors()) {
            return list(locale, model);
        }
        RoutingRule rule = (category == null ? rules.findByChannelAndCategoryCodeIsNull(form.channel())
                : rules.findByChannelAndCategoryCode(form.channel(), category))
                .orElseGet(() -> new RoutingRule(form.channel(), category, null, Role.CEO, null));
        var before = rule.getId() == null ? null : described(rule);
        try {
            rule.retarget(form.targetStaffId(), form.targetRole(), form.departmentCode());
        } catch (IntakeRuleException e) {
            result.rejectValue(form.targetRole() == null ? "targetStaffId" : "targetRole", e.messageKey());
            return list(locale, model);
        }
        rules.save(rule);
        audit.record(AuditKind.ROUTING_RULE, before == null ? AuditAction.CREATED : AuditAction.CHANGED, subject(rule),
                before, described(rule));
        redirect.addFlashAttribute("success", "routing.saved");
        return "redirect:/routing-rules";
    }

    @PostMapping("/{id}/delete")
    @Transactional
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        rules.findById(id).ifPresent(r -> audit.record(AuditKind.ROUTING_RULE, AuditAction.DELETED, subject(r),
                described(r), null));
        rules.deleteById(id);
        redirect.addFlashAttribute("success", "routing.deleted");
        return "redirect:/routing-rules";
    }

    private static String subject(RoutingRule r) {
        return r.getChannel() + (r.getCategoryCode() == null ? "" : " / " + r.getCategoryCode());
    }

    private static java.util.Map<String, Object> described(RoutingRule r) {
        java.util.Map<String, Object> d = new java.util.LinkedHashMap<>();
        d.put("targetStaffId", r.getTargetStaffId());
        d.put("targetRole", r.getTargetRole());
        d.put("departmentCode", r.getDepartmentCode());
        return d;
    }
}
