package ir.shenava.surveys.web;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

import ir.shenava.customers.ContactSummary;
import ir.shenava.customers.CustomerDirectory;
import ir.shenava.customers.CustomerId;
import ir.shenava.customers.UnknownContact;
import ir.shenava.customers.UnverifiedContacts;
import ir.shenava.shared.InvalidJalaliDateException;
import ir.shenava.shared.JalaliDate;
import ir.shenava.shared.PersianText;
import ir.shenava.shared.PhoneNumber;
import ir.shenava.surveys.SurveyMode;
import ir.shenava.surveys.calls.AttemptOutcome;
import ir.shenava.surveys.calls.CallAttempts;
import ir.shenava.surveys.calls.CallQueue;
import ir.shenava.surveys.calls.CallRow;
import ir.shenava.surveys.calls.CallRuleException;
import ir.shenava.surveys.calls.CallStatus;
import ir.shenava.surveys.calls.SurveyRecording;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The call screen: who to phone and about what, the attempt's outcome, and — once the customer
 * answers — the questionnaire as a script ({@link ScriptController} saves each answer as it is given).
 */
@Controller
@RequestMapping("/calls/{id}")
@PreAuthorize(SurveyRoles.CALLS)
class CallController {

    private final CallQueue queue;
    private final CallLines lines;
    private final CallAttempts attempts;
    private final SurveyRecording recording;
    private final CustomerDirectory customers;
    private final UnverifiedContacts newContacts;
    private final ScriptModel script;
    private final SurveyRoles roles;
    private final Clock clock;

    CallController(CallQueue queue, CallLines lines, CallAttempts attempts, SurveyRecording recording,
                   CustomerDirectory customers, UnverifiedContacts newContacts, ScriptModel script, SurveyRoles roles, Clock clock) {
        this.queue = queue;
        this.lines = lines;
        this.attempts = attempts;
        this.recording = recording;
        this.customers = customers;
        this.newContacts = newContacts;
        this.script = script;
        this.roles = roles;
        this.clock = clock;
    }

    @GetMapping
    String screen(@PathVariable long id, Authentication auth, Model model) {
        return show(call(id), auth, model, Map.of());
    }

    @PostMapping("/attempts")
    String attempt(@PathVariable long id, @ModelAttribute AttemptForm form, Authentication auth, Model model,
                   RedirectAttributes redirect) {
        CallRow call = call(id);
        long me = roles.me(auth);
        if (form.outcome() == null) {
            model.addAttribute("attemptProblem", "call.outcome.required");
            return show(call, auth, model, Map.of());
        }
        if (form.note() != null && form.note().length() > 500) {   // the column's size
            model.addAttribute("attemptProblem", "call.note.tooLong");
            return show(call, auth, model, Map.of());
        }
        try {
            Instant callBackAt = form.outcome() == AttemptOutcome.CALL_BACK ? callBackAt(form) : null;
            Long nextContact = form.outcome().contactUnusable() ? nextContact(call, form) : null;
            CallStatus status = attempts.log(id, me, form.outcome(), callBackAt, nextContact, form.note());
            if (form.outcome() == AttemptOutcome.ANSWERED) {
                recording.start(id, me, call.contactId(), SurveyMode.PHONE);
                return "redirect:/calls/" + id;   // no #fragment: the browser's jump to it would take the focus away
            }
            redirect.addFlashAttribute("success", status == CallStatus.PENDING ? "call.attempt.logged" : status.messageKey());
            return "redirect:/calls";
        } catch (CallRuleException e) {
            model.addAttribute("attemptProblem", e.getMessage());
            return show(queue.find(id).orElseThrow(), auth, model, Map.of());
        }
    }

    @PostMapping("/complete")
    String complete(@PathVariable long id, Authentication auth, Model model, RedirectAttributes redirect) {
        long me = roles.me(auth);
        try {
            Map<Long, String> problems = recording.complete(id, me);
            if (!problems.isEmpty()) {
                model.addAttribute("completeProblem", "survey.incomplete");
                return show(call(id), auth, model, problems);
            }
        } catch (CallRuleException e) {
            model.addAttribute("completeProblem", e.getMessage());
            return show(call(id), auth, model, Map.of());
        }
        redirect.addFlashAttribute("success", "survey.completed.saved");
        return "redirect:/calls";
    }

    private String show(CallRow call, Authentication auth, Model model, Map<Long, String> problems) {
        long me = roles.me(auth);
        Instant now = clock.instant();
        model.addAttribute("line", lines.of(call));
        model.addAttribute("mine", call.claimedBy(me, now));
        model.addAttribute("takenByOther", call.claimedByOther(me, now));
        model.addAttribute("contacts", customers.contactsOf(new CustomerId(call.customerId())));
        model.addAttribute("outcomes", AttemptOutcome.values());
        model.addAttribute("attempts", attempts.of(call.id()));
        boolean quality = SurveyRoles.isQualityManager(auth);
        model.addAttribute("quality", quality);
        // the answers: to the caller recording them while they hold the call; a completed survey's only to the
        // quality manager here (its managers and the CEO read it on the survey page, issue 12 §6)
        boolean recordingNow = call.claimedBy(me, now);
        recording.ofCall(call.id()).filter(draft -> quality || draft.completedAt() == null && recordingNow)
                .ifPresent(draft -> script.fill(model, draft, problems, false));
        return "surveys/call";
    }

    private Instant callBackAt(AttemptForm form) {
        try {
            LocalTime time = LocalTime.parse(PersianText.latinDigits(form.callBackTime() == null ? "" : form.callBackTime().strip())
                    .replace('٫', ':'), java.time.format.DateTimeFormatter.ofPattern("H:mm"));
            return JalaliDate.parse(form.callBackDate()).toGregorian().atTime(time).atZone(JalaliDate.TEHRAN).toInstant();
        } catch (InvalidJalaliDateException | DateTimeParseException e) {
            throw new CallRuleException("call.callBack.invalid");
        }
    }

    /** The contact picked from the customer's list, or a new one typed in (kept unverified on the customer). */
    private Long nextContact(CallRow call, AttemptForm form) {
        if (form.newContactPhone() != null && !form.newContactPhone().isBlank()) {
            if (PhoneNumber.tryParse(form.newContactPhone()).isEmpty()) {
                throw new CallRuleException("call.contact.phoneInvalid");
            }
            ContactSummary contact = newContacts.findOrCreate(new UnknownContact(form.newContactName(), null,
                    form.newContactPhone(), null, new CustomerId(call.customerId())))
                    .orElseThrow(() -> new CallRuleException("call.contact.phoneInvalid"));
            if (contact.customerId().value() != call.customerId()) {
                throw new CallRuleException("call.contact.otherCustomer");
            }
            return contact.id().value();
        }
        return form.contactId();
    }

    private CallRow call(long id) {
        return queue.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
