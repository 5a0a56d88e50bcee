package ir.shenava.analytics.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Every figure of one quarter (and one department's slice, or the whole company when
 * {@code department} is null), as the dashboard draws it and a review freezes it (jsonb snapshot).
 * Plain records of numbers and codes: names are put on at the edges, in the reader's language.
 */
public record QuarterFigures(String quarter, String department, Instant computedAt, Surveys surveys,
                             List<ReasonBar> surveyReasons, List<ReasonBar> caseReasons, Complaints complaints,
                             Findings findings) {

    /** Scale answers of one policy section: 1–5 counts, mean, share satisfied (4–5). */
    public record Section(String section, long[] distribution, long answers, Double mean, Double satisfiedShare) {
    }

    /** One question's scale answers. */
    public record Question(String code, String section, long answers, Double mean, Double satisfiedShare) {
    }

    /** Would-recommend (0–10): promoters 9–10, passives 7–8, detractors 0–6; NPS = %promoters − %detractors. */
    public record Nps(long answers, long promoters, long passives, long detractors, Double score) {
    }

    /** The calls ended in the quarter, by outcome, and the share reached of those tried. */
    public record Response(Map<String, Long> byOutcome, Double rate) {
    }

    /** One installer's or seller's surveys; {@code hidden} below the minimum sample. */
    public record Person(long staffId, long surveys, Double mean, boolean hidden) {
    }

    public record Surveys(long completed, List<Section> sections, List<Question> questions, Nps nps, Response response,
                         List<Person> installers, List<Person> sellers) {
    }

    /** One reason of the Pareto: count, cumulative share, the previous quarter's count, new this quarter. */
    public record ReasonBar(String code, String areaCode, long count, double cumulativeShare, long previousCount,
                            boolean newThisQuarter) {
    }

    /** Median and 90th percentile in working minutes, how many measured, how many met their due moment. */
    public record Durations(long measured, Double medianMinutes, Double p90Minutes, long onTime, Integer targetMinutes) {
    }

    public record Complaints(long received, Map<String, Long> byChannel, Map<String, Long> byCategory,
                             Map<String, Long> byState, Durations acknowledge, Durations resolve, long closed,
                             long closedSatisfied, long reopened, long[] ratings, long overdueAtEnd) {
    }

    /** The CEO's sample reviews of confirmation forms whose period lies in the quarter. */
    public record Findings(int reviews, int sampled, int reviewed, Map<String, Integer> byKind, Map<Long, Integer> byExpert) {
    }
}
