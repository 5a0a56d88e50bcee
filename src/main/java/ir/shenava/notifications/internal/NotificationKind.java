package ir.shenava.notifications.internal;

import java.util.List;

/**
 * What a staff member is told about, with the parameters its text takes (after the tracking code,
 * which every text starts from). Each staff member may turn off the mail of a kind, except
 * escalations: the higher manager must hear of them.
 */
public enum NotificationKind {
    /** A new case was given to its owner; params: subject. */
    CASE_OPENED(Param.TEXT),
    /** A case (or a task in it) was handed to you; params: delegator's name, follow-up day, instructions. */
    ASSIGNED(Param.TEXT, Param.DATE, Param.TEXT),
    /** The delegate reported the task done; params: delegate's name. */
    TASK_RETURNED(Param.TEXT),
    /** A task handed to you was taken back; params: who had handed it. */
    TASK_TAKEN_BACK(Param.TEXT),
    /** A delegation's follow-up date arrived; params: when it was due. */
    FOLLOW_UP_DUE(Param.TIME),
    /** An SLA milestone is near; params: milestone, when it is due. */
    DUE_SOON(Param.KEY, Param.TIME),
    /** An SLA milestone passed; params: milestone, when it was due. */
    OVERDUE(Param.KEY, Param.TIME),
    /** The case was escalated to you; params: level, reason. */
    ESCALATED(Param.NUMBER, Param.KEY),
    /** The complainant is not satisfied with the resolution; params: their comment. */
    NOT_SATISFIED(Param.TEXT),
    /** The complainant rated the handling of a case you manage 1 or 2 of 5; params: the rating, their comment. */
    LOW_HANDLING_RATING(Param.NUMBER, Param.TEXT),
    /**
     * A follow-up survey waits for your review; params: the day of the survey. Its id stands where a
     * case's would (column case_id) and it has no tracking code.
     */
    SURVEY_REVIEW_DUE(Param.DATE),
    /**
     * A complaints mailbox has failed to fetch for an hour (to the administrators, once per outage);
     * params: the mailbox's name, since when, the last error. Its id stands where a case's would.
     */
    MAILBOX_FAILING(Param.TEXT, Param.TIME, Param.TEXT),
    /**
     * A follow-up call ended unreachable (to the quality managers); params: the customer's name, the
     * attempts made. The call's id stands where a case's would, with no tracking code.
     */
    CALL_UNREACHABLE(Param.TEXT, Param.NUMBER),
    /**
     * The quarter-end job prepared a quarter's management review draft (analytics); params: the Jalali
     * year and quarter. The review's id stands in the case's column; there is no tracking code.
     */
    REVIEW_DRAFT_PREPARED(Param.NUMBER, Param.NUMBER),
    /** A management review action is due soon, overdue, or escalated to you; params: which (a key), its due day. */
    REVIEW_ACTION_DUE(Param.KEY, Param.DATE);

    /** How a stored parameter is put into words: as is, a day, a moment, a number, or a message key. */
    public enum Param { TEXT, DATE, TIME, NUMBER, KEY }

    private final List<Param> params;

    NotificationKind(Param... params) {
        this.params = List.of(params);
    }

    public List<Param> params() {
        return params;
    }

    /** Whether the staff member may turn this kind's mail off. */
    public boolean mailOptional() {
        return this != ESCALATED;
    }

    /**
     * Whether the notification is about the surveys module — a survey or a follow-up call, its id in
     * place of the case's — not a case.
     */
    public boolean aboutSurvey() {
        return this == SURVEY_REVIEW_DUE || this == CALL_UNREACHABLE;
    }

    /** Whether the notification is about a case (its id in column case_id, readers checked). */
    public boolean aboutCase() {
        return !aboutSurvey() && !aboutReview() && this != MAILBOX_FAILING;
    }

    /** Whether the notification is about the quarterly management review (analytics), not a case. */
    public boolean aboutReview() {
        return this == REVIEW_DRAFT_PREPARED || this == REVIEW_ACTION_DUE;
    }

    /** The page the notification leads to. */
    public String link(long id) {
        if (this == CALL_UNREACHABLE) {
            return "/calls/" + id;
        }
        if (this == REVIEW_DRAFT_PREPARED) {
            return "/analytics/reviews";
        }
        if (this == REVIEW_ACTION_DUE) {
            return "/analytics/actions/mine";
        }
        return this == MAILBOX_FAILING ? "/mailboxes" : (aboutSurvey() ? "/surveys/" : "/cases/") + id;
    }

    /** Message key of the mail's subject: {0} the title, {1} the case's tracking code or the survey's or call's number. */
    public String mailSubjectKey() {
        if (this == CALL_UNREACHABLE) {
            return "calls.mail.subject";
        }
        if (this == MAILBOX_FAILING) {
            return "notification.mailbox.subject";
        }
        if (aboutReview()) {
            return "analytics.mail.subject";
        }
        return aboutSurvey() ? "followup.mail.subject" : "mail.staff.subject";
    }

    /** Message key of the kind's short title (list badge, mail subject, settings). */
    public String messageKey() {
        return "notification.kind." + name();
    }

    /** Message key of the full sentence: {0} the tracking code, then the parameters. */
    public String textKey() {
        return "notification.text." + name();
    }
}
