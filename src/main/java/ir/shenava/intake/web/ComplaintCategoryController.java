package ir.shenava.intake.web;

import ir.shenava.intake.internal.ComplaintCategoryEdits;
import ir.shenava.intake.internal.ComplaintCategory;
import ir.shenava.intake.internal.IntakeRuleException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The editable list of complaint subjects (issue 3: "editable list"): only ADMIN. Entries in use are
 * deactivated — they leave the forms, while old complaints keep showing their name.
 */
@Controller
@RequestMapping("/complaint-categories")
@PreAuthorize("hasRole('ADMIN')")
class ComplaintCategoryController {

    private final ComplaintCategoryEdits categories;

    ComplaintCategoryController(ComplaintCategoryEdits categories) {
        this.categories = categories;
    }

    record CategoryForm(@NotBlank @Size(max = 30) @Pattern(regexp = "[A-Za-z_]+", message = "{category.code.pattern}") String code,
                        @NotBlank @Size(max = 120) String nameFa,
                        @NotBlank @Size(max = 120) String nameEn) {
    }

    record NamesForm(@NotBlank @Size(max = 120) String nameFa, @NotBlank @Size(max = 120) String nameEn) {
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("categories", categories.all());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new CategoryForm("", "", ""));
        }
        return "intake/categories";
    }

    @PostMapping
    String add(@Valid @ModelAttribute("form") CategoryForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                categories.add(form.code(), form.nameFa(), form.nameEn());
                redirect.addFlashAttribute("success", "category.saved");
                return "redirect:/complaint-categories";
            } catch (IntakeRuleException e) {
                result.rejectValue("code", e.messageKey());
            }
        }
        return list(model);
    }

    @GetMapping("/{code}/edit")
    String edit(@PathVariable String code, Model model) {
        ComplaintCategory category = find(code);
        return editPage(model, category, new NamesForm(category.getNameFa(), category.getNameEn()));
    }

    @PostMapping("/{code}/edit")
    String rename(@PathVariable String code, @Valid @ModelAttribute("form") NamesForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        ComplaintCategory category = find(code);
        if (result.hasErrors()) {
            return editPage(model, category, form);
        }
        categories.rename(code, form.nameFa(), form.nameEn());
        redirect.addFlashAttribute("success", "category.saved");
        return "redirect:/complaint-categories";
    }

    @PostMapping("/{code}/move")
    String move(@PathVariable String code, @RequestParam boolean up, RedirectAttributes redirect) {
        return change(() -> categories.move(code, up), "category.saved", redirect);
    }

    @PostMapping("/{code}/active")
    String setActive(@PathVariable String code, @RequestParam boolean active, RedirectAttributes redirect) {
        return change(() -> categories.setActive(code, active), active ? "category.activated" : "category.deactivated", redirect);
    }

    @PostMapping("/{code}/delete")
    String delete(@PathVariable String code, RedirectAttributes redirect) {
        return change(() -> categories.delete(code), "category.deleted", redirect);
    }

    private String change(Runnable change, String done, RedirectAttributes redirect) {
        try {
            change.run();
            redirect.addFlashAttribute("success", done);
        } catch (IntakeRuleException e) {
            redirect.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/complaint-categories";
    }

    private String editPage(Model model, ComplaintCategory category, NamesForm form) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", form);
        }
        model.addAttribute("category", category);
        return "intake/category-form";
    }

    private ComplaintCategory find(String code) {
        return categories.all().stream().filter(c -> c.getCode().equals(code)).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
