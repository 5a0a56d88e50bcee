package ir.shenava.surveys;

/** How the answers were given: on the follow-up call, or on the signed web link sent when the call failed. */
public enum SurveyMode {
    PHONE, WEB
}
