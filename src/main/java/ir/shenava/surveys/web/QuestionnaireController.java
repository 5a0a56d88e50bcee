package ir.shenava.surveys.web;

import java.time.Instant;
import java.util.Map;

import ir.shenava.surveys.QuestionType;
import ir.shenava.surveys.SurveySection;
import ir.shenava.surveys.calls.SurveyRecording;
import ir.shenava.surveys.questionnaire.Questionnaire;
import ir.shenava.surveys.questionnaire.QuestionnaireRuleException;
import ir.shenava.surveys.questionnaire.Questionnaires;
import jakarta.validation.Valid;
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
 * The questionnaire's versions for the quality manager: the draft is edited question by question and
 * previewed exactly as the caller will see it; publishing makes it the version in use for new calls.
 */
@Controller
@RequestMapping("/questionnaires")
@PreAuthorize(SurveyRoles.QUALITY)
class QuestionnaireController {

    private final Questionnaires questionnaires;
    private final ScriptModel script;

    QuestionnaireController(Questionnaires questionnaires, ScriptModel script) {
        this.questionnaires = questionnaires;
        this.script = script;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("versions", questionnaires.versions());
        return "surveys/questionnaires";
    }

    @PostMapping("/draft")
    String draft() {
        return "redirect:/questionnaires/" + questionnaires.draft();
    }

    @GetMapping("/{id}")
    String view(@PathVariable long id, Model model) {
        model.addAttribute("q", find(id));
        return "surveys/questionnaire";
    }

    @PostMapping("/{id}")
    String describe(@PathVariable long id, @RequestParam String titleFa, @RequestParam String titleEn,
                    @RequestParam(defaultValue = "2") int threshold, RedirectAttributes redirect) {
        return rule(id, redirect, () -> questionnaires.describe(id, titleFa, titleEn, threshold), "questionnaire.saved");
    }

    /** The script as the caller will see it, answers and all, but saving nothing. */
    @GetMapping("/{id}/preview")
    String preview(@PathVariable long id, Model model) {
        Questionnaire q = find(id);
        script.fill(model, new SurveyRecording.Draft(0, 0, q, Map.of(), (Instant) null), Map.of(), true);
        model.addAttribute("q", q);
        return "surveys/questionnaire-preview";
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable long id, RedirectAttributes redirect) {
        return rule(id, redirect, () -> questionnaires.publish(id), "questionnaire.published");
    }

    @GetMapping("/{id}/questions/new")
    String newQuestion(@PathVariable long id, Model model) {
        return questionForm(model, find(id), null, QuestionForm.empty());
    }

    @GetMapping("/{id}/questions/{questionId}")
    String editQuestion(@PathVariable long id, @PathVariable long questionId, Model model) {
        Questionnaire q = find(id);
        return questionForm(model, q, questionId, QuestionForm.of(question(q, questionId)));
    }

    @PostMapping({"/{id}/questions/new", "/{id}/questions/{questionId}"})
    String saveQuestion(@PathVariable long id, @PathVariable(required = false) Long questionId,
                        @Valid @ModelAttribute("form") QuestionForm form, BindingResult result, Model model,
                        RedirectAttributes redirect) {
        Questionnaire q = find(id);
        if (result.hasErrors()) {
            return questionForm(model, q, questionId, form);
        }
        try {
            questionnaires.saveQuestion(id, questionId, form.code().strip().toUpperCase(java.util.Locale.ROOT), form.section(),
                    form.type(), form.textFa(), form.textEn(), form.optionsFa(), form.optionsEn(),
                    Boolean.TRUE.equals(form.allowsNotApplicable()), Boolean.TRUE.equals(form.required()));
        } catch (QuestionnaireRuleException e) {
            model.addAttribute("problem", e.getMessage());
            return questionForm(model, q, questionId, form);
        }
        redirect.addFlashAttribute("success", "questionnaire.saved");
        return "redirect:/questionnaires/" + id;
    }

    @PostMapping("/{id}/questions/{questionId}/up")
    String up(@PathVariable long id, @PathVariable long questionId, RedirectAttributes redirect) {
        return rule(id, redirect, () -> questionnaires.moveUp(id, questionId), "questionnaire.saved");
    }

    @PostMapping("/{id}/questions/{questionId}/delete")
    String delete(@PathVariable long id, @PathVariable long questionId, RedirectAttributes redirect) {
        return rule(id, redirect, () -> questionnaires.removeQuestion(id, questionId), "questionnaire.saved");
    }

    private String questionForm(Model model, Questionnaire q, Long questionId, QuestionForm form) {
        if (q.status() != Questionnaire.Status.DRAFT) {
            throw new ResponseStatusException(HttpStatus.CONFLICT);
        }
        model.addAttribute("q", q);
        model.addAttribute("questionId", questionId);
        if (!model.containsAttribute("form")) {
            // after a failed POST the bound form and its errors are in the model already: keep them
            model.addAttribute("form", form);
        }
        model.addAttribute("sections", SurveySection.values());
        model.addAttribute("types", QuestionType.values());
        return "surveys/question-form";
    }

    private String rule(long id, RedirectAttributes redirect, Runnable change, String success) {
        try {
            change.run();
            redirect.addFlashAttribute("success", success);
        } catch (QuestionnaireRuleException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/questionnaires/" + id;
    }

    private Questionnaire find(long id) {
        return questionnaires.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static ir.shenava.surveys.questionnaire.Question question(Questionnaire q, long questionId) {
        return q.questions().stream().filter(x -> x.id() == questionId).findFirst()
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
