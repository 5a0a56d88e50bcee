package ir.shenava.branding.web;

import java.io.IOException;
import java.util.Optional;

import ir.shenava.branding.Branding;
import ir.shenava.branding.LogoRefusedException;
import ir.shenava.branding.Logo;
import ir.shenava.shared.PhoneNumber;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The company's name, phone, address and logo: set by the administrator only. */
@Controller
@RequestMapping("/settings/branding")
@PreAuthorize("hasRole('ADMIN')")
class BrandingController {

    private final Branding branding;

    BrandingController(Branding branding) {
        this.branding = branding;
    }

    @GetMapping
    String page(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", BrandForm.of(branding.current()));
        }
        model.addAttribute("brand", branding.current());
        model.addAttribute("maxLogoKb", Logo.MAX_BYTES / 1024);
        return "branding/settings";
    }

    @PostMapping
    String save(@Valid @ModelAttribute("form") BrandForm form, BindingResult result, Model model, RedirectAttributes redirect) {
        Optional<PhoneNumber> phone = Optional.empty();
        if (form.phone() != null && !form.phone().isBlank()) {
            phone = PhoneNumber.tryParse(form.phone());
            if (phone.isEmpty() && !result.hasFieldErrors("phone")) {
                result.rejectValue("phone", "phone.invalid");
            }
        }
        if (result.hasErrors()) {
            return page(model);
        }
        branding.save(form.nameFa(), form.nameEn(), phone.orElse(null), form.addressFa(), form.addressEn());
        redirect.addFlashAttribute("success", "brand.saved");
        return "redirect:/settings/branding";
    }

    @PostMapping("/logo")
    String logo(@RequestParam(name = "logo", required = false) MultipartFile file, Model model, RedirectAttributes redirect)
            throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw new LogoRefusedException("brand.logo.empty");
            }
            if (file.getSize() > Logo.MAX_BYTES) {   // refused before it is read into memory
                throw new LogoRefusedException("brand.logo.tooLarge");
            }
            branding.saveLogo(file.getBytes());
        } catch (LogoRefusedException e) {
            model.addAttribute("logoError", e.messageKey());
            return page(model);
        }
        redirect.addFlashAttribute("success", "brand.logo.saved");
        return "redirect:/settings/branding";
    }

    @PostMapping("/logo/delete")
    String removeLogo(RedirectAttributes redirect) {
        branding.removeLogo();
        redirect.addFlashAttribute("success", "brand.logo.removed");
        return "redirect:/settings/branding";
    }
}
