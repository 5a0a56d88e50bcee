package ir.shenava.surveys;

/** Where a coded dissatisfaction reason came from: a survey answer, or a case owner's root cause at closing. */
public enum ReasonSource {
    SURVEY, CASE
}
