package ir.shenava.surveys.web;

import java.util.List;

import ir.shenava.surveys.calls.CallQueue;
import ir.shenava.surveys.calls.CallRuleException;
import ir.shenava.surveys.calls.Response;
import ir.shenava.surveys.calls.SurveyRecording;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Saves one answer as the caller gives it (htmx, on every change): a dropped line resumes where it
 * stopped, and the claim on the call is renewed while the caller works. Answers a small status
 * fragment; the question itself stays in place so the caller's focus is not lost.
 */
@Controller
@PreAuthorize(SurveyRoles.CALLS)
class ScriptController {

    private final CallQueue queue;
    private final SurveyRecording recording;
    private final SurveyRoles roles;

    ScriptController(CallQueue queue, SurveyRecording recording, SurveyRoles roles) {
        this.queue = queue;
        this.recording = recording;
        this.roles = roles;
    }

    @PostMapping("/calls/{id}/answers/{questionId}")
    String save(@PathVariable long id, @PathVariable long questionId, @RequestParam(required = false) Integer score,
                @RequestParam(defaultValue = "false") boolean notApplicable,
                @RequestParam(required = false) List<Integer> choices, @RequestParam(required = false) String text,
                @RequestParam(required = false) List<String> reasons, Authentication auth, Model model) {
        SurveyRecording.Draft draft = recording.ofCall(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (queue.claim(id, roles.me(auth)).isEmpty()) {
            model.addAttribute("status", "call.taken");
            model.addAttribute("failed", true);
            return "surveys/script :: status";
        }
        try {
            recording.save(draft, new Response(questionId, score, notApplicable, choices, text, reasons));
            model.addAttribute("status", "survey.saved");
            model.addAttribute("failed", false);
        } catch (CallRuleException | IllegalArgumentException e) {
            model.addAttribute("status", e instanceof CallRuleException ? e.getMessage() : "survey.score.invalid");
            model.addAttribute("failed", true);
        }
        return "surveys/script :: status";
    }
}
