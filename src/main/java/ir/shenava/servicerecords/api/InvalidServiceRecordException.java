package ir.shenava.servicerecords.api;

import java.util.List;

import ir.shenava.servicerecords.internal.ExternalRecords;

/** The body describes no valid service; answered with 400 and the problems per field. */
class InvalidServiceRecordException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient List<ExternalRecords.FieldProblem> problems;

    InvalidServiceRecordException(List<ExternalRecords.FieldProblem> problems) {
        super("invalid service record");
        this.problems = List.copyOf(problems);
    }

    List<ExternalRecords.FieldProblem> problems() {
        return problems;
    }
}
