package ir.shenava.staff.apikeys;

import java.security.Principal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import ir.shenava.staff.ApiScope;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator issues and revokes API keys. A new key is shown once, on the page after the
 * redirect (a flash attribute), and is never stored or shown again.
 */
@Controller
@RequestMapping("/api-keys")
@PreAuthorize("hasRole('ADMIN')")
class ApiKeyController {

    private final ApiKeys keys;

    ApiKeyController(ApiKeys keys) {
        this.keys = keys;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("keys", keys.all());
        model.addAttribute("scopes", List.of(ApiScope.values()));
        return "staff/api-keys";
    }

    @PostMapping
    String issue(@RequestParam(defaultValue = "") String name, @RequestParam(required = false) Set<ApiScope> scopes,
                 Principal user, RedirectAttributes redirect) {
        if (name == null || name.isBlank() || name.strip().length() > ApiKeys.NAME_MAX) {
            redirect.addFlashAttribute("error", "apikey.name.invalid");
            return "redirect:/api-keys";
        }
        if (scopes == null || scopes.isEmpty()) {
            redirect.addFlashAttribute("error", "apikey.scopes.required");
            redirect.addFlashAttribute("typedName", name.strip());
            return "redirect:/api-keys";
        }
        ApiKeys.Issued issued = keys.issue(name, EnumSet.copyOf(scopes), user.getName());
        redirect.addFlashAttribute("issuedKey", issued.fullKey());
        redirect.addFlashAttribute("issuedName", issued.key().getName());
        return "redirect:/api-keys";
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, RedirectAttributes redirect) {
        if (!keys.revoke(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("success", "apikey.revoked");
        return "redirect:/api-keys";
    }
}
