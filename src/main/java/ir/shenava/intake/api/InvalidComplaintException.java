package ir.shenava.intake.api;

import java.util.List;

/** The body describes no valid complaint; answered with 400 and the problems per field. */
class InvalidComplaintException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A field of the request and the message key (with its arguments) saying what is wrong with it. */
    record FieldProblem(String field, String key, List<Object> args) {
        FieldProblem(String field, String key, Object... args) {
            this(field, key, List.of(args));
        }
    }

    private final transient List<FieldProblem> problems;

    InvalidComplaintException(List<FieldProblem> problems) {
        super("invalid complaint");
        this.problems = List.copyOf(problems);
    }

    List<FieldProblem> problems() {
        return problems;
    }
}
