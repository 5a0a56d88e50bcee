package ir.shenava.servicerecords.review;

/** What can be wrong with a sampled service's confirmation, as found by the reviewer. */
public enum DefectKind {
    MISSING, NOT_FILLED, NOT_STAMPED, NOT_SIGNED, INCONSISTENT, NOT_SATISFIED;

    public String messageKey() {
        return "review.defect." + name();
    }
}
