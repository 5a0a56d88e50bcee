package ir.shenava.surveys.reasons.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ir.shenava.surveys.DissatisfactionReason;
import ir.shenava.surveys.DissatisfactionReasons;
import ir.shenava.surveys.reasons.ReasonCatalogue;
import ir.shenava.surveys.reasons.ReasonRuleException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reason catalogue page (policy 5): areas and their reasons, added and renamed in Persian and
 * English; a used reason keeps its code and is deactivated, an unused one may be deleted after a
 * confirmation. A refused edit comes back with the reason and what was typed.
 */
@Controller
@RequestMapping("/reasons")
@PreAuthorize("hasAnyRole('ADMIN','QUALITY_MANAGER')")
class ReasonController {

    private final ReasonCatalogue catalogue;
    private final DissatisfactionReasons reasons;

    ReasonController(ReasonCatalogue catalogue, DissatisfactionReasons reasons) {
        this.catalogue = catalogue;
        this.reasons = reasons;
    }

    @GetMapping
    String list(Model model) {
        Map<String, List<DissatisfactionReason>> byArea = new LinkedHashMap<>();
        catalogue.areas().forEach(a -> byArea.put(a.code(), new ArrayList<>()));
        reasons.all().forEach(r -> byArea.computeIfAbsent(r.areaCode(), k -> new ArrayList<>()).add(r));
        model.addAttribute("areas", catalogue.areas());
        model.addAttribute("byArea", byArea);
        model.addAttribute("uses", catalogue.uses());
        if (!model.containsAttribute("reasonForm")) {
            model.addAttribute("reasonForm", ReasonForms.ReasonForm.empty());
        }
        if (!model.containsAttribute("areaForm")) {
            model.addAttribute("areaForm", ReasonForms.AreaForm.empty());
        }
        return "reasons/list";
    }

    @PostMapping
    String add(ReasonForms.ReasonForm reasonForm, Model model, RedirectAttributes flash) {
        try {
            catalogue.addReason(reasonForm.areaCode(), reasonForm.code(), reasonForm.nameFa(), reasonForm.nameEn());
        } catch (ReasonRuleException e) {
            model.addAttribute("error", e.messageKey());
            model.addAttribute("reasonForm", reasonForm);
            return list(model);
        }
        flash.addFlashAttribute("success", "reasons.saved");
        return "redirect:/reasons";
    }

    @PostMapping("/areas")
    String addArea(ReasonForms.AreaForm areaForm, Model model, RedirectAttributes flash) {
        try {
            catalogue.addArea(areaForm.code(), areaForm.nameFa(), areaForm.nameEn());
        } catch (ReasonRuleException e) {
            model.addAttribute("error", e.messageKey());
            model.addAttribute("areaForm", areaForm);
            return list(model);
        }
        flash.addFlashAttribute("success", "reasons.saved");
        return "redirect:/reasons";
    }

    @PostMapping("/areas/{code}")
    String renameArea(@PathVariable String code, ReasonForms.AreaForm areaForm, Model model, RedirectAttributes flash) {
        try {
            catalogue.renameArea(code, areaForm.nameFa(), areaForm.nameEn());
        } catch (ReasonRuleException e) {
            model.addAttribute("error", e.messageKey());
            return list(model);
        }
        flash.addFlashAttribute("success", "reasons.saved");
        return "redirect:/reasons";
    }

    @GetMapping("/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        DissatisfactionReason reason = reasons.find(code).orElseThrow(ReasonNotFoundException::new);
        model.addAttribute("reason", reason);
        model.addAttribute("used", catalogue.used(code));
        model.addAttribute("areas", catalogue.areas());
        if (!model.containsAttribute("reasonForm")) {
            model.addAttribute("reasonForm", new ReasonForms.ReasonForm(reason.areaCode(), reason.code(), reason.nameFa(),
                    reason.nameEn()));
        }
        return "reasons/edit";
    }

    @PostMapping("/{code}")
    String save(@PathVariable String code, ReasonForms.ReasonForm reasonForm, Model model, RedirectAttributes flash) {
        try {
            String stored = catalogue.editReason(code, reasonForm.code(), reasonForm.areaCode(), reasonForm.nameFa(),
                    reasonForm.nameEn());
            flash.addFlashAttribute("success", "reasons.saved");
            return "redirect:/reasons#reason-" + stored;
        } catch (ReasonRuleException e) {
            return refused(code, e, reasonForm, model);
        }
    }

    @PostMapping("/{code}/active")
    String setActive(@PathVariable String code, @RequestParam boolean active, Model model, RedirectAttributes flash) {
        try {
            catalogue.setActive(code, active);
        } catch (ReasonRuleException e) {
            throw new ReasonNotFoundException();
        }
        flash.addFlashAttribute("success", active ? "reasons.activated" : "reasons.deactivated");
        return "redirect:/reasons/" + code + "/edit";
    }

    @PostMapping("/{code}/delete")
    String delete(@PathVariable String code, @RequestParam(defaultValue = "false") boolean confirmed, Model model,
                  RedirectAttributes flash) {
        try {
            if (!confirmed) {
                throw new ReasonRuleException("reasons.error.confirmDelete");
            }
            catalogue.delete(code);
        } catch (ReasonRuleException e) {
            return refused(code, e, null, model);
        }
        flash.addFlashAttribute("success", "reasons.deleted");
        return "redirect:/reasons";
    }

    private String refused(String code, ReasonRuleException e, ReasonForms.ReasonForm typed, Model model) {
        if ("reasons.error.noSuchReason".equals(e.messageKey())) {
            throw new ReasonNotFoundException();
        }
        model.addAttribute("error", e.messageKey());
        if (typed != null) {
            model.addAttribute("reasonForm", typed);
        }
        return edit(code, model);
    }
}
