package ir.shenava.cases.internal;

/** No such case, or one the person may not see: the pages answer 404 either way. */
public class CaseNotFoundException extends RuntimeException {

    public CaseNotFoundException(long caseId) {
        super("case " + caseId);
    }
}
