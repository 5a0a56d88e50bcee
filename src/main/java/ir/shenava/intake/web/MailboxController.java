package ir.shenava.intake.web;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import ir.shenava.intake.mail.Mailbox;
import ir.shenava.intake.mail.MailboxFetcher;
import ir.shenava.intake.mail.MailboxSecurity;
import ir.shenava.intake.mail.Mailboxes;
import ir.shenava.staff.StaffDirectory;
import ir.shenava.staff.StaffSummary;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The mailboxes of the email channel, their health and the messages set aside: only ADMIN. */
@Controller
@RequestMapping("/mailboxes")
@PreAuthorize("hasRole('ADMIN')")
class MailboxController {

    private final Mailboxes mailboxes;
    private final MailboxFetcher fetcher;
    private final StaffDirectory staff;

    MailboxController(Mailboxes mailboxes, MailboxFetcher fetcher, StaffDirectory staff) {
        this.mailboxes = mailboxes;
        this.fetcher = fetcher;
        this.staff = staff;
    }

    /**
     * The password is never sent back to the page; left blank on edit it stays as stored. No
     * encryption (NONE) only with {@code insecureConfirmed}: the password would cross in clear.
     */
    record MailboxForm(@NotBlank @Size(max = 120) String name, @NotBlank @Size(max = 255) String imapHost,
                       @NotNull @Min(1) @Max(65535) Integer imapPort, MailboxSecurity security, Boolean insecureConfirmed,
                       @NotBlank @Size(max = 255) String username,
                       @Size(max = 500) String password, @Size(max = 255) String folder, Long ownerStaffId,
                       @Size(max = 320) String replyAddress) {

        static MailboxForm empty() {
            return new MailboxForm(null, null, 993, MailboxSecurity.SSL, false, null, null, "INBOX", null, null);
        }

        static MailboxForm of(Mailbox m) {
            return new MailboxForm(m.getName(), m.getImapHost(), m.getImapPort(), m.getSecurity(),
                    m.getSecurity() == MailboxSecurity.NONE, m.getUsername(), null, m.getFolder(), m.getOwnerStaffId(),
                    m.getReplyAddress());
        }

        MailboxSecurity chosenSecurity() {
            return security == null ? MailboxSecurity.STARTTLS : security;
        }

        Mailbox.Settings settings() {
            return new Mailbox.Settings(name, imapHost, imapPort, chosenSecurity(), username, password, folder,
                    ownerStaffId, replyAddress);
        }

        /** Field errors the annotations cannot say. */
        void check(BindingResult result) {
            if (replyAddress != null && !replyAddress.isBlank() && !Mailbox.isAddress(replyAddress)) {
                result.rejectValue("replyAddress", "mailbox.replyAddress.invalid");
            }
            if (chosenSecurity() == MailboxSecurity.NONE && !Boolean.TRUE.equals(insecureConfirmed)) {
                result.rejectValue("insecureConfirmed", "mailbox.security.NONE.confirm");
            }
        }
    }

    @GetMapping
    String list(@RequestParam(required = false) Long edit, Model model) {
        model.addAttribute("mailboxes", mailboxes.all());
        model.addAttribute("setAside", mailboxes.setAside(50));
        Map<Long, StaffSummary> people = staff.active().stream()
                .collect(Collectors.toMap(s -> s.id().value(), Function.identity()));
        model.addAttribute("people", people);
        model.addAttribute("staff", staff.active());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", edit == null ? MailboxForm.empty()
                    : mailboxes.find(edit).map(MailboxForm::of).orElseGet(MailboxForm::empty));
        }
        model.addAttribute("editing", edit);
        model.addAttribute("editingMailbox", edit == null ? null : mailboxes.find(edit).orElse(null));
        model.addAttribute("securities", MailboxSecurity.values());
        return "intake/mailboxes";
    }

    @PostMapping
    String add(@Valid @ModelAttribute("form") MailboxForm form, BindingResult result, Model model,
               RedirectAttributes redirect) {
        if (form.password() == null || form.password().isEmpty()) {
            result.rejectValue("password", "mailbox.password.required");
        }
        form.check(result);
        if (result.hasErrors()) {
            return list(null, model);
        }
        mailboxes.add(form.settings());
        redirect.addFlashAttribute("success", "mailbox.saved");
        return "redirect:/mailboxes";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") MailboxForm form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        if (mailboxes.find(id).isEmpty()) {
            throw notFound();
        }
        form.check(result);
        if (result.hasErrors()) {
            return list(id, model);
        }
        if (!mailboxes.update(id, form.settings())) {
            throw notFound();
        }
        redirect.addFlashAttribute("success", "mailbox.saved");
        return "redirect:/mailboxes";
    }

    /** The company's own certificate authority for this mailbox (PEM), checked before it is kept. */
    @PostMapping("/{id}/authority")
    String trust(@PathVariable long id, @RequestParam(name = "authority", required = false) MultipartFile file,
                 RedirectAttributes redirect) throws IOException {
        if (mailboxes.find(id).isEmpty()) {
            throw notFound();
        }
        Optional<String> problem = mailboxes.trust(id, file == null ? null : file.getBytes());
        redirect.addFlashAttribute(problem.isPresent() ? "error" : "success", problem.orElse("mailbox.ca.saved"));
        return "redirect:/mailboxes?edit=" + id;
    }

    @PostMapping("/{id}/authority/remove")
    String forgetAuthority(@PathVariable long id, RedirectAttributes redirect) {
        if (mailboxes.find(id).isEmpty()) {
            throw notFound();
        }
        mailboxes.forgetAuthority(id);
        redirect.addFlashAttribute("success", "mailbox.ca.removed");
        return "redirect:/mailboxes?edit=" + id;
    }

    @PostMapping("/{id}/deactivate")
    String deactivate(@PathVariable long id, RedirectAttributes redirect) {
        if (!mailboxes.setActive(id, false)) {
            throw notFound();
        }
        redirect.addFlashAttribute("success", "mailbox.deactivated");
        return "redirect:/mailboxes";
    }

    @PostMapping("/{id}/activate")
    String activate(@PathVariable long id, RedirectAttributes redirect) {
        if (!mailboxes.setActive(id, true)) {
            throw notFound();
        }
        redirect.addFlashAttribute("success", "mailbox.activated");
        return "redirect:/mailboxes";
    }

    @PostMapping("/{id}/fetch")
    String fetchNow(@PathVariable long id, RedirectAttributes redirect) {
        if (mailboxes.find(id).isEmpty()) {
            throw notFound();
        }
        MailboxFetcher.FetchOutcome outcome = fetcher.fetch(id);
        if (outcome.error() == null) {
            redirect.addFlashAttribute("fetched", outcome);
        } else {
            redirect.addFlashAttribute("error", "busy".equals(outcome.error()) ? "mailbox.fetch.busy" : "mailbox.fetch.failed");
        }
        return "redirect:/mailboxes";
    }

    /** An id that names no mailbox (made up, or from another database): not found, not a 500. */
    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
