package ir.shenava.cases.web;

import ir.shenava.cases.Priority;
import ir.shenava.cases.Severity;

/**
 * What the complainant's stated satisfaction (1 very dissatisfied … 5) suggests for the initial
 * assessment. Only suggested — marked in the lists, never preselected: the assessor chooses
 * (issue 15 §4), so a «بسیار ناراضی» complaint is not filed as minor and normal by default.
 */
final class AssessmentSuggestion {

    private AssessmentSuggestion() {
    }

    static Severity severity(Integer satisfaction) {
        if (satisfaction == null) {
            return null;
        }
        return satisfaction <= 1 ? Severity.MAJOR : Severity.MINOR;
    }

    static Priority priority(Integer satisfaction) {
        if (satisfaction == null) {
            return null;
        }
        return switch (satisfaction) {
            case 1 -> Priority.HIGH;
            case 2 -> Priority.NORMAL;
            default -> Priority.LOW;
        };
    }
}
