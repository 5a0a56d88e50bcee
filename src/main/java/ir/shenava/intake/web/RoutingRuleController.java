package ir.shenava.intake.web;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;

import ir.shenava.intake.Channel;
import ir.shenava.intake.internal.ComplaintCategory;
import ir.shenava.intake.internal.ComplaintCategoryRepository;
import ir.shenava.intake.internal.IntakeRuleException;
import ir.shenava.intake.internal.RoutingRule;
import ir.shenava.intake.internal.RoutingRuleRepository;
import ir.shenava.staff.Role;
import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.StaffSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Routing on receipt as data (channel × category → person or role): the administrator sees the
 * rules the policy ships with and changes, adds or removes them. Only ADMIN.
 */
@Controller
@RequestMapping("/routing-rules")
@PreAuthorize("hasRole('ADMIN')")
class RoutingRuleController {

    private final RoutingRuleRepository rules;
    private final ComplaintCategoryRepository categories;
    private final StaffDirectory staff;

    RoutingRuleController(RoutingRuleRepository rules, ComplaintCategoryRepository categories, StaffDirectory staff) {
        this.rules = rules;
        this.categories = categories;
        this.staff = staff;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("rules", rules.findAll().stream()
                .sorted(Comparator.comparing((RoutingRule r) -> r.getChannel().ordinal())
                        .thenComparing(r -> r.getCategoryCode() == null ? "~" : r.getCategoryCode())).toList());
        model.addAttribute("channels", Arrays.asList(Channel.values()));
        model.addAttribute("roles", Arrays.asList(Role.values()));
        model.addAttribute("categories", categories.findByActiveTrueOrderBySort());
        model.addAttribute("categoryNames", categories.findAll().stream()
                .collect(Collectors.toMap(ComplaintCategory::getCode, ComplaintCategory::getNameFa)));
        model.addAttribute("people", staff.active());
        model.addAttribute("staffNames", staff.activeNames());
        model.addAttribute("departments", staff.active().stream().map(StaffSummary::departmentCode)
                .filter(java.util.Objects::nonNull).distinct().sorted().toList());
        return "intake/routing-rules";
    }

    /** Adds the rule for this channel and category, or changes it when it exists. */
    @PostMapping
    @Transactional
    String save(@RequestParam Channel channel, @RequestParam(required = false) String categoryCode,
                @RequestParam(required = false) Long targetStaffId, @RequestParam(required = false) Role targetRole,
                @RequestParam(required = false) String departmentCode, RedirectAttributes redirect) {
        String category = categoryCode == null || categoryCode.isBlank() ? null : categoryCode;
        if (category != null && !categories.existsByCodeAndActiveTrue(category)) {
            redirect.addFlashAttribute("error", "intake.category.unknown");
            return "redirect:/routing-rules";
        }
        RoutingRule rule = (category == null ? rules.findByChannelAndCategoryCodeIsNull(channel)
                : rules.findByChannelAndCategoryCode(channel, category))
                .orElseGet(() -> new RoutingRule(channel, category, null, Role.CEO, null));
        try {
            rule.retarget(targetStaffId, targetRole, departmentCode);
        } catch (IntakeRuleException e) {
            redirect.addFlashAttribute("error", e.messageKey());
            return "redirect:/routing-rules";
        }
        rules.save(rule);
        redirect.addFlashAttribute("success", "routing.saved");
        return "redirect:/routing-rules";
    }

    @PostMapping("/{id}/delete")
    @Transactional
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        rules.deleteById(id);
        redirect.addFlashAttribute("success", "routing.deleted");
        return "redirect:/routing-rules";
    }

}
