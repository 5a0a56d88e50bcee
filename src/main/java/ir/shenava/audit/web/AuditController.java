package ir.shenava.audit.web;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import ir.shenava.audit.AuditKind;
import ir.shenava.shared.JalaliDate;
import ir.shenava.shared.PersianText;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit page for the administrator: filters by who, what kind, and a Jalali date range. The
 * filter comes as plain text and is parsed here, so a mistyped date gets an inline message and the
 * rest of the filter still applies.
 */
@Controller
@RequestMapping("/audit")
@PreAuthorize("hasRole('ADMIN')")
class AuditController {

    private final AuditEntries entries;
    private final MessageSource messages;

    AuditController(AuditEntries entries, MessageSource messages) {
        this.entries = entries;
        this.messages = messages;
    }

    @GetMapping
    String list(@RequestParam(required = false) String who, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String from, @RequestParam(required = false) String to,
                @RequestParam(defaultValue = "0") String page, Locale locale, Model model) {
        Map<String, String> errors = new LinkedHashMap<>();
        String person = who == null ? null : PersianText.normalize(who);
        AuditKind what = Arrays.stream(AuditKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
        LocalDate since = date(from, "from", errors, locale);
        LocalDate until = date(to, "to", errors, locale);
        if (since != null && until != null && until.isBefore(since)) {
            errors.put("to", messages.getMessage("audit.filter.toBeforeFrom", null, locale));
            until = null;
        }
        int number = pageNumber(page);
        model.addAttribute("result", entries.find(new AuditEntries.Filter(person, what, since, until), number));
        model.addAttribute("who", person);
        model.addAttribute("kind", what);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        model.addAttribute("kinds", AuditKind.values());
        model.addAttribute("errors", errors);
        return "audit/list";
    }

    private LocalDate date(String text, String field, Map<String, String> errors, Locale locale) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return JalaliDate.parse(PersianText.latinDigits(text.trim())).toGregorian();
        } catch (RuntimeException invalid) {
            errors.put(field, messages.getMessage("typeMismatch.java.time.LocalDate", null, locale));
            return null;
        }
    }

    private static int pageNumber(String text) {
        try {
            return Math.max(0, Math.min(100_000, Integer.parseInt(PersianText.latinDigits(text.trim()))));
        } catch (RuntimeException notANumber) {
            return 0;
        }
    }
}
