package ir.shenava.surveys;

/** How many surveys (or cases) a reason was coded for, in a period. */
public record ReasonCount(String areaCode, String reasonCode, ReasonSource source, long count) {
}
