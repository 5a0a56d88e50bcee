package ir.shenava.surveys.calls;

import java.util.List;

/**
 * One answer as saved while the caller types.
 *
 * @param choices the chosen options' numbers (from 1), for single and multiple choice
 */
public record Response(long questionId, Integer score, boolean notApplicable, List<Integer> choices, String text,
                       List<String> reasonCodes) {

    public Response {
        choices = choices == null ? List.of() : List.copyOf(choices);
        reasonCodes = reasonCodes == null ? List.of() : List.copyOf(reasonCodes);
    }

    /** Something was given: a score, "not applicable", a choice or words. */
    public boolean given() {
        return score != null || notApplicable || !choices.isEmpty() || (text != null && !text.isBlank());
    }
}
