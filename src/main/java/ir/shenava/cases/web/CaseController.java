package ir.shenava.cases.web;

import java.util.Locale;
import java.util.function.Consumer;

import ir.shenava.cases.internal.Actor;
import ir.shenava.cases.internal.CaseReasons;
import ir.shenava.cases.internal.CaseRuleException;
import ir.shenava.cases.internal.CaseWork;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The case page and its steps. A step that a rule refuses re-renders the page with the reason and
 * with what was typed (the form goes back into the model under its own name); a case the viewer
 * may not see is "not found".
 */
@Controller
@RequestMapping("/cases/{id}")
@PreAuthorize(CaseActors.STAFF)
class CaseController {

    private final CaseView view;
    private final CaseWork work;
    private final CaseActors actors;
    private final CaseReasons reasons;

    CaseController(CaseView view, CaseWork work, CaseActors actors, CaseReasons reasons) {
        this.reasons = reasons;
        this.view = view;
        this.work = work;
        this.actors = actors;
    }

    @GetMapping
    String page(@PathVariable long id, Authentication auth, Locale locale, Model model) {
        view.fill(id, actors.of(auth), locale, model);
        return "cases/case";
    }

    @PostMapping("/acknowledge")
    String acknowledge(@PathVariable long id, Authentication auth, Locale locale, Model model, RedirectAttributes flash) {
        return step(id, auth, locale, model, flash, null, a -> work.acknowledge(id, a));
    }

    @PostMapping("/assess")
    String assess(@PathVariable long id, CaseForms.AssessForm assessForm, Authentication auth, Locale locale, Model model,
                  RedirectAttributes flash) {
        return step(id, auth, locale, model, flash, assessForm, a -> work.assess(id, a, new CaseWork.Assessment(
                assessForm.categoryCode(), assessForm.severity(), assessForm.priority(),
                Boolean.TRUE.equals(assessForm.immediateAction()), assessForm.remedySought())));
    }

    @PostMapping("/start-investigation")
    String start(@PathVariable long id, Authentication auth, Locale locale, Model model, RedirectAttributes flash) {
        return step(id, auth, locale, model, flash, null, a -> work.startInvestigation(id, a));
    }

    @PostMapping("/propose-response")
    String propose(@PathVariable long id, CaseForms.ResponseForm responseForm, Authentication auth, Locale locale, Model model,
                   RedirectAttributes flash) {
        return step(id, auth, locale, model, flash, responseForm,
                a -> work.proposeResponse(id, a, responseForm.decision(), responseForm.response()));
    }

    @PostMapping("/return-to-investigation")
    String returnToInvestigation(@PathVariable long id, Authentication auth, Locale locale, Model model, RedirectAttributes flash) {
        return step(id, auth, locale, model, flash, null, a -> work.returnToInvestigation(id, a));
    }

    @PostMapping("/communicate")
    String communicate(@PathVariable long id, CaseForms.CommunicateForm communicateForm, Authentication auth, Locale locale,
                       Model model, RedirectAttributes flash) {
        return step(id, auth, locale, model, flash, communicateForm, a -> work.communicate(id, a,
                communicateForm.how() == null ? "EMAIL" : communicateForm.how(),
                Boolean.TRUE.equals(communicateForm.requestConfirmation())));
    }

    @PostMapping("/request-confirmation")
    String requestConfirmation(@PathVariable long id, Authentication auth, Locale locale, Model model, RedirectAttributes flash) {
        return step(id, auth, locale, model, flash, null, a -> work.requestConfirmation(id, a));
    }

    @PostMapping("/answer")
    String answer(@PathVariable long id, CaseForms.AnswerForm answerForm, Authentication auth, Locale locale, Model model,
                  RedirectAttributes flash) {
        if (answerForm.satisfied() == null) {
            return refused(id, auth, locale, model, answerForm, "case.error.answerRequired");
        }
        return step(id, auth, locale, model, flash, answerForm, a -> work.recordCustomerAnswer(id, a,
                answerForm.satisfied(), answerForm.comment(), Boolean.TRUE.equals(answerForm.escalate())));
    }

    @PostMapping("/close")
    String close(@PathVariable long id, CaseForms.CloseForm closeForm, Authentication auth, Locale locale, Model model,
                 RedirectAttributes flash) {
        return step(id, auth, locale, model, flash, closeForm,
                a -> reasons.close(id, a, closeForm.reason(), closeForm.reasonCodes()));
    }

    @PostMapping("/reasons")
    String codeReasons(@PathVariable long id, CaseForms.ReasonsForm reasonsForm, Authentication auth, Locale locale,
                       Model model, RedirectAttributes flash) {
        return step(id, auth, locale, model, flash, reasonsForm, a -> reasons.code(id, a, reasonsForm.reasonCodes()));
    }

    @PostMapping("/reject")
    String reject(@PathVariable long id, CaseForms.RejectForm rejectForm, Authentication auth, Locale locale, Model model,
                  RedirectAttributes flash) {
        if (rejectForm.reason() == null || !java.util.Set.of("NOT_A_COMPLAINT", "SPAM", "DUPLICATE").contains(rejectForm.reason())) {
            return refused(id, auth, locale, model, rejectForm, "case.error.rejectReasonRequired");
        }
        return step(id, auth, locale, model, flash, rejectForm,
                a -> work.reject(id, a, rejectForm.reason(), rejectForm.note(), rejectForm.duplicateOf()));
    }

    @PostMapping("/reopen")
    String reopen(@PathVariable long id, Authentication auth, Locale locale, Model model, RedirectAttributes flash) {
        return step(id, auth, locale, model, flash, null, a -> work.reopen(id, a));
    }

    private String step(long id, Authentication auth, Locale locale, Model model, RedirectAttributes flash, Record form,
                        Consumer<Actor> change) {
        try {
            change.accept(actors.of(auth));
        } catch (CaseRuleException e) {
            return refused(id, auth, locale, model, form, e.messageKey());
        } catch (org.springframework.orm.ObjectOptimisticLockingFailureException e) {
            return refused(id, auth, locale, model, form, "case.error.changedMeanwhile");
        }
        flash.addFlashAttribute("success", "case.saved");
        return "redirect:/cases/" + id;
    }

    String refused(long id, Authentication auth, Locale locale, Model model, Record form, String messageKey) {
        view.fill(id, actors.of(auth), locale, model);
        model.addAttribute("error", messageKey);
        if (form != null) {
            model.addAttribute(formName(form), form);
        }
        return "cases/case";
    }

    /** "AssessForm" → "assessForm", the name the template reads typed values from. */
    static String formName(Record form) {
        String simple = form.getClass().getSimpleName();
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }
}
