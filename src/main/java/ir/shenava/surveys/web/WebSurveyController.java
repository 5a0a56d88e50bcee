package ir.shenava.surveys.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import ir.shenava.platform.PublicEndpoints;
import ir.shenava.platform.RateCounters;
import ir.shenava.shared.PersianText;
import ir.shenava.surveys.DissatisfactionReason;
import ir.shenava.surveys.SurveySection;
import ir.shenava.surveys.calls.CallRuleException;
import ir.shenava.surveys.calls.Response;
import ir.shenava.surveys.calls.SurveyRecording;
import ir.shenava.surveys.calls.WebSurveys;
import ir.shenava.surveys.questionnaire.Question;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The follow-up survey on the web ({@code /survey/<signed token>}, open to everyone with the link): the
 * same questionnaire as the call, one form, the same rules — an answer a required question needs, a
 * reason for a dissatisfied answer. What the customer typed is kept when something is missing, and the
 * page says what, in their language. An altered, expired or unknown link is a page of its own (404); the
 * form of one survey may be sent {@value #SENDINGS_PER_HOUR} times an hour (429 with a Persian message after).
 */
@Controller
@RequestMapping("/survey")
class WebSurveyController {

    /** The catalogue's areas shown under every scale question beside the question's own section. */
    private static final Set<String> ALWAYS_SHOWN_AREAS = Set.of("PRODUCT", "OTHER");

    /** Sendings of one survey's form allowed per hour (a customer fixing a missing answer needs a few). */
    static final int SENDINGS_PER_HOUR = 30;

    private final WebSurveys surveys;
    private final ScriptModel script;
    private final RateCounters counters;

    WebSurveyController(WebSurveys surveys, ScriptModel script, RateCounters counters) {
        this.surveys = surveys;
        this.script = script;
        this.counters = counters;
    }

    @Bean
    static PublicEndpoints webSurveyEndpoints() {
        return PublicEndpoints.of("/survey/*");
    }

    @GetMapping("/{token}")
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        SurveyRecording.Draft draft = draftOf(token);
        return draft == null ? invalid(response) : page(token, draft, Map.of(), false, model);
    }

    @PostMapping("/{token}")
    String answer(@PathVariable String token, @RequestParam MultiValueMap<String, String> form, Model model,
                  HttpServletResponse response) {
        SurveyRecording.Draft draft = draftOf(token);
        if (draft == null) {
            return invalid(response);
        }
        long callId = draft.callId();
        if (draft.completedAt() != null) {
            return page(token, draft, Map.of(), false, model);
        }
        if (!counters.tryAcquire("survey.web:" + callId, SENDINGS_PER_HOUR, Duration.ofHours(1))) {
            response.setStatus(429);
            model.addAttribute("tooMany", true);
            return page(token, draft, Map.of(), false, model);
        }
        Map<Long, String> problems;
        try {
            problems = surveys.submit(callId, typed(draft, form));
        } catch (CallRuleException e) {   // completed meanwhile (a second tab, a double click)
            problems = Map.of();
        }
        SurveyRecording.Draft now = surveys.open(callId).orElseThrow();
        return page(token, now, problems, problems.isEmpty(), model);
    }

    /** The survey a token opens: null when the token is not ours, altered or expired, or its call did not end unreachable. */
    private SurveyRecording.Draft draftOf(String token) {
        return surveys.callOf(token).flatMap(surveys::open).orElse(null);
    }

    private static String invalid(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return "surveys/web-survey-invalid";
    }

    private String page(String token, SurveyRecording.Draft draft, Map<Long, String> problems, boolean justAnswered,
                        Model model) {
        script.fill(model, draft, problems, false);
        model.addAttribute("token", token);
        model.addAttribute("justAnswered", justAnswered);
        model.addAttribute("reasonsOf", reasonsOf(draft));
        return "surveys/web-survey";
    }

    /** Per scale question, the reasons of its own section's area and of the areas that fit every question. */
    private Map<Long, Map<String, List<DissatisfactionReason>>> reasonsOf(SurveyRecording.Draft draft) {
        Map<String, List<DissatisfactionReason>> groups = script.groups();
        Map<Long, Map<String, List<DissatisfactionReason>>> shown = new LinkedHashMap<>();
        for (Question q : draft.questionnaire().questions()) {
            if (!q.isScale()) {
                continue;
            }
            Map<String, List<DissatisfactionReason>> own = new LinkedHashMap<>();
            groups.forEach((area, reasons) -> {
                if (q.section() == SurveySection.OVERALL || area.equals(q.section().name()) || ALWAYS_SHOWN_AREAS.contains(area)) {
                    own.put(area, reasons);
                }
            });
            shown.put(q.id(), own);
        }
        return shown;
    }

    /** The answers the form carries, one per question the customer touched ({@code score-<id>}, {@code na-<id>}, …). */
    private static List<Response> typed(SurveyRecording.Draft draft, MultiValueMap<String, String> form) {
        List<Response> typed = new ArrayList<>();
        for (Question q : draft.questionnaire().questions()) {
            String id = String.valueOf(q.id());
            Integer score = number(form.getFirst("score-" + id));
            boolean na = "true".equals(form.getFirst("na-" + id));
            List<Integer> choices = form.getOrDefault("choices-" + id, List.of()).stream().map(WebSurveyController::number)
                    .filter(c -> c != null).toList();
            String text = form.getFirst("text-" + id);
            List<String> reasons = form.getOrDefault("reasons-" + id, List.of()).stream().filter(r -> r.length() <= 60).toList();
            boolean touched = score != null || na || !choices.isEmpty() || text != null && !text.isBlank();
            if (touched) {
                typed.add(new Response(q.id(), score, na, choices, text != null && text.length() > 2000 ? text.substring(0, 2000) : text,
                        reasons));
            }
        }
        return typed;
    }

    /** A number as typed or chosen, in Persian, Arabic or Latin digits; null when it is none. */
    private static Integer number(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String latin = PersianText.latinDigits(value.strip());
        return latin.matches("\\d{1,2}") ? Integer.valueOf(latin) : Integer.valueOf(-1);
    }
}
