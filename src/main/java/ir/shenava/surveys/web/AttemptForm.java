package ir.shenava.surveys.web;

import ir.shenava.surveys.calls.AttemptOutcome;

/**
 * An attempt as the caller logs it: the call-back moment is typed in Jalali ("1405/09/14", "10:30");
 * for a wrong number or a contact who left, another contact is picked or a new one typed.
 */
record AttemptForm(AttemptOutcome outcome, String callBackDate, String callBackTime, Long contactId, String newContactName,
                   String newContactPhone, String note) {
}
