package ir.shenava.notifications.web;

import java.util.Arrays;

import ir.shenava.notifications.sms.SmsGateway;
import ir.shenava.notifications.sms.SmsMessages;
import ir.shenava.notifications.sms.SmsProvider;
import ir.shenava.notifications.sms.SmsSettings;
import ir.shenava.notifications.sms.SmsSettingsStore;
import ir.shenava.notifications.sms.SmsTemplates;
import ir.shenava.notifications.sms.SmsTestSend;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's SMS page: which gateway, its key (never shown back) and sender line, the
 * price of a part; each SMS the system writes with its parts and cost; a test send; the latest
 * messages with their state.
 */
@Controller
@RequestMapping("/sms-settings")
@PreAuthorize("hasRole('ADMIN')")
class SmsSettingsController {

    private final SmsSettingsStore store;
    private final SmsTemplates templates;
    private final SmsMessages messages;
    private final SmsTestSend testSend;

    SmsSettingsController(SmsSettingsStore store, SmsTemplates templates, SmsMessages messages, SmsTestSend testSend) {
        this.store = store;
        this.templates = templates;
        this.messages = messages;
        this.testSend = testSend;
    }

    @GetMapping
    String page(Model model) {
        SmsSettings current = store.current();
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", SmsSettingsForm.of(current));
        }
        model.addAttribute("providers", Arrays.asList(SmsProvider.values()));
        model.addAttribute("keyHint", current.keyHint());
        model.addAttribute("samples", templates.samples(current.pricePerPart()));
        model.addAttribute("recent", messages.recent(20));
        return "notifications/sms-settings";
    }

    @PostMapping
    String save(@Valid @ModelAttribute("form") SmsSettingsForm form, BindingResult result, Model model,
                RedirectAttributes redirect) {
        SmsSettings current = store.current();
        if (form.provider() != null && form.provider() != SmsProvider.LOG) {
            boolean keyKnown = (form.apiKey() != null && !form.apiKey().isBlank())
                    || (current.hasKey() && current.provider() == form.provider());
            if (!keyKnown) {
                result.rejectValue("apiKey", "sms.settings.apiKey.required");
            }
            if (form.sender() == null || form.sender().isEmpty()) {
                result.rejectValue("senderLine", "sms.settings.sender.required");
            } else if (!form.sender().matches("[0-9+]{3,20}")) {
                result.rejectValue("senderLine", "sms.settings.sender.invalid");
            }
        }
        if (result.hasErrors()) {
            return page(model);
        }
        store.save(form.settings());
        redirect.addFlashAttribute("success", "sms.settings.saved");
        return "redirect:/sms-settings";
    }

    @PostMapping("/test")
    String test(@RequestParam(required = false) String phone, Model model, RedirectAttributes redirect) {
        PhoneNumber to = PhoneNumber.tryParse(phone).filter(PhoneNumber::isMobile).orElse(null);
        if (to == null) {
            model.addAttribute("testPhone", phone);
            model.addAttribute("testError", "sms.test.phone.invalid");
            return page(model);
        }
        SmsGateway.Outcome outcome = testSend.send(to.e164());
        redirect.addFlashAttribute("testPhone", to.display());
        if (outcome instanceof SmsGateway.Sent sent) {
            redirect.addFlashAttribute("testSent", sent.messageId());
        } else {
            redirect.addFlashAttribute("testFailed", String.valueOf(outcome));
        }
        return "redirect:/sms-settings";
    }
}
