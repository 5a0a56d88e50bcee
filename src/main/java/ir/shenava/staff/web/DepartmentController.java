package ir.shenava.staff.web;

import ir.shenava.audit.AuditAction;
import ir.shenava.audit.AuditKind;
import ir.shenava.audit.AuditTrail;

import ir.shenava.staff.internal.Department;
import ir.shenava.staff.internal.DepartmentRepository;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The editable list of departments: only ADMIN. Departments are deactivated, never deleted (staff refer to them). */
@Controller
@RequestMapping("/departments")
@PreAuthorize("hasRole('ADMIN')")
class DepartmentController {

    private final DepartmentRepository departments;
    private final AuditTrail audit;

    DepartmentController(DepartmentRepository departments, AuditTrail audit) {
        this.departments = departments;
        this.audit = audit;
    }

    record DepartmentForm(@NotBlank @Size(max = 40) @Pattern(regexp = "[A-Za-z_]+", message = "{department.code.pattern}") String code,
                          @NotBlank @Size(max = 120) String nameFa,
                          @NotBlank @Size(max = 120) String nameEn) {
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("departments", departments.findAllByOrderByNameFa());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new DepartmentForm("", "", ""));
        }
        return "staff/departments";
    }

    @PostMapping
    @Transactional
    String create(@Valid @ModelAttribute("form") DepartmentForm form, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        String code = form.code() == null ? "" : form.code().toUpperCase(java.util.Locale.ROOT);
        if (!result.hasErrors() && departments.existsByCode(code)) {
            result.rejectValue("code", "department.code.taken");
        }
        if (result.hasErrors()) {
            return list(model);
        }
        Department created = departments.save(new Department(code, form.nameFa(), form.nameEn()));
        audit.record(AuditKind.DEPARTMENT, AuditAction.CREATED, created.getCode(), null, described(created));
        redirect.addFlashAttribute("success", "department.saved");
        return "redirect:/departments";
    }

    @PostMapping("/{id}/active")
    @Transactional
    String toggle(@PathVariable long id, RedirectAttributes redirect) {
        Department d = departments.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var before = described(d);
        d.setActive(!d.isActive());
        audit.record(AuditKind.DEPARTMENT, AuditAction.CHANGED, d.getCode(), before, described(d));
        redirect.addFlashAttribute("success", "department.saved");
        return "redirect:/departments";
    }

    private static java.util.Map<String, Object> described(Department d) {
        return java.util.Map.of("code", d.getCode(), "nameFa", d.getNameFa(), "nameEn", d.getNameEn(), "active", d.isActive());
    }
}
