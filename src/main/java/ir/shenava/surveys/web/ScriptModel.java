package ir.shenava.surveys.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ir.shenava.surveys.DissatisfactionReason;
import ir.shenava.surveys.DissatisfactionReasons;
import ir.shenava.surveys.calls.SurveyRecording;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the script fragment needs — the call screen and the questionnaire preview fill it the same
 * way, so the preview is exactly what the caller will see.
 */
@Component
class ScriptModel {

    private final DissatisfactionReasons reasons;

    ScriptModel(DissatisfactionReasons reasons) {
        this.reasons = reasons;
    }

    void fill(Model model, SurveyRecording.Draft draft, Map<Long, String> problems, boolean preview) {
        model.addAttribute("draft", draft);
        model.addAttribute("questionnaire", draft.questionnaire());
        model.addAttribute("answers", draft.answers());
        model.addAttribute("problems", problems);
        model.addAttribute("preview", preview);
        model.addAttribute("reasonGroups", groups());
    }

    /** Active reasons by area, in the catalogue's order. */
    Map<String, List<DissatisfactionReason>> groups() {
        Map<String, List<DissatisfactionReason>> groups = new LinkedHashMap<>();
        for (DissatisfactionReason r : reasons.active()) {
            groups.computeIfAbsent(r.areaCode(), k -> new java.util.ArrayList<>()).add(r);
        }
        return groups;
    }
}
