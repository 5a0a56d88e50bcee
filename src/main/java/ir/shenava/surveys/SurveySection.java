package ir.shenava.surveys;

/**
 * The parts of the follow-up survey the policy names (staff behaviour, sales, installation and
 * training, after-sales support), plus the overall questions (overall satisfaction, would-recommend,
 * the customer's own words). Each policy section has a responsible manager who reviews its answers.
 */
public enum SurveySection {
    STAFF_BEHAVIOUR, SALES, INSTALLATION_TRAINING, AFTER_SALES, OVERALL;

    public String messageKey() {
        return "survey.section." + name();
    }
}
