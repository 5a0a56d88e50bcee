package ir.shenava.notifications.web;

import java.time.Clock;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import ir.shenava.cases.CaseReaders;
import ir.shenava.notifications.internal.MailPreferences;
import ir.shenava.notifications.internal.NotificationKind;
import ir.shenava.notifications.internal.NotificationText;
import ir.shenava.notifications.internal.StaffNotification;
import ir.shenava.notifications.internal.StaffNotifications;
import ir.shenava.staff.Role;
import ir.shenava.staff.StaffSummary;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A staff member's own notifications, newest first, and which of them they want by mail. Every
 * signed-in staff role has one; each person only ever sees and marks their own.
 */
@Controller
@RequestMapping("/notifications")
@PreAuthorize("hasAnyRole('ADMIN','CEO','SENIOR_MANAGER','MANAGER','TECHNICAL_MANAGER','SALES_EXPERT',"
        + "'TECHNICAL_EXPERT','CALLER','QUALITY_MANAGER')")
class NotificationController {

    private final StaffNotifications notifications;
    private final MailPreferences preferences;
    private final NotificationText text;
    private final SignedInStaff signedIn;
    private final Clock clock;
    private final CaseReaders readers;
    private final MessageSource messages;

    NotificationController(StaffNotifications notifications, MailPreferences preferences, NotificationText text,
                           SignedInStaff signedIn, Clock clock, CaseReaders readers, MessageSource messages) {
        this.readers = readers;
        this.messages = messages;
        this.notifications = notifications;
        this.preferences = preferences;
        this.text = text;
        this.signedIn = signedIn;
        this.clock = clock;
    }

    /**
     * A line of the list, in the reader's language. {@code readable} is false when the reader has since
     * left the case's chain (a confidential case taken back): the line then names the kind only.
     */
    record Line(StaffNotification notification, String title, String sentence, boolean readable) {
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "0") int page, Authentication auth, HttpServletRequest request,
                Locale locale, Model model) {
        long me = signedIn.id(auth, request).orElse(-1L);
        Page<StaffNotification> rows = me < 0 ? Page.empty() : notifications.page(me, page);
        Set<Long> withheld = readers.confidentialWithheld(me, Role.fromAuthorities(AuthorityUtils.authorityListToSet(auth.getAuthorities())),
                rows.filter(n -> n.kind().aboutCase()).map(StaffNotification::caseId).toSet());
        model.addAttribute("page", rows.map(n -> n.kind().aboutCase() && withheld.contains(n.caseId())
                ? new Line(n, text.title(n.kind(), locale), messages.getMessage("notifications.withheld", null, locale), false)
                : new Line(n, text.title(n.kind(), locale), text.sentence(n, locale), true)));
        return "notifications/list";
    }

    @PostMapping("/{id}/read")
    String markRead(@PathVariable long id, @RequestParam(defaultValue = "0") int page, Authentication auth,
                    HttpServletRequest request) {
        signedIn.id(auth, request).ifPresent(me -> notifications.markRead(me, id, clock.instant()));
        return "redirect:/notifications?page=" + Math.max(page, 0);
    }

    @PostMapping("/read-all")
    String markAllRead(Authentication auth, HttpServletRequest request, RedirectAttributes redirect) {
        signedIn.id(auth, request).ifPresent(me -> notifications.markAllRead(me, clock.instant()));
        redirect.addFlashAttribute("success", "notifications.markedAll");
        return "redirect:/notifications";
    }

    @GetMapping("/settings")
    String settings(Authentication auth, Model model) {
        StaffSummary me = signedIn.summary(auth).orElse(null);
        model.addAttribute("kinds", Arrays.asList(NotificationKind.values()));
        model.addAttribute("form", new MailSettingsForm(me == null ? EnumSet.allOf(NotificationKind.class)
                : preferences.mailed(me.id().value())));
        model.addAttribute("noEmail", me == null || me.email() == null || me.email().isBlank());
        return "notifications/settings";
    }

    @PostMapping("/settings")
    String saveSettings(MailSettingsForm form, Authentication auth, HttpServletRequest request,
                        RedirectAttributes redirect) {
        signedIn.id(auth, request).ifPresent(me -> preferences.save(me, form.mailedOrNone()));
        redirect.addFlashAttribute("success", "notifications.settings.saved");
        return "redirect:/notifications/settings";
    }
}
