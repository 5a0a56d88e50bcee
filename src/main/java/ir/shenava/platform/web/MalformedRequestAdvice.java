package ir.shenava.platform.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.InvalidDataAccessApiUsageException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * Requests no browser form can produce are the sender's mistake, not ours: 400 (or 413) with the
 * Persian page or problem detail, ahead of every module's own handlers — the API's catch-all would
 * otherwise log them as failures and answer 500. These are a multipart body that cannot be read
 * (a broken boundary, a part cut off), and a form record that could not even be made because a
 * field that must be a number, a date or a choice held text: Spring then leaves the form null, and
 * a controller that adds its own field error to it would fail.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class MalformedRequestAdvice {

    @ExceptionHandler(MultipartException.class)
    void unreadable(MultipartException e, HttpServletResponse response) throws IOException {
        response.sendError(e instanceof MaxUploadSizeExceededException
                ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE : HttpServletResponse.SC_BAD_REQUEST);
    }

    @ExceptionHandler(IllegalStateException.class)
    void formNotMade(IllegalStateException e, HttpServletResponse response) throws IOException {
        if (!isUnmadeForm(e)) {
            throw e;
        }
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }

    /** Also when a repository's exception translation wrapped it (a rule check that rejects a field). */
    @ExceptionHandler(InvalidDataAccessApiUsageException.class)
    void formNotMade(InvalidDataAccessApiUsageException e, HttpServletResponse response) throws IOException {
        if (!(e.getCause() instanceof IllegalStateException cause) || !isUnmadeForm(cause)) {
            throw e;
        }
        response.sendError(HttpServletResponse.SC_BAD_REQUEST);
    }

    /**
     * Two people saved the same record at once and the other was first — or their transactions
     * waited on each other and PostgreSQL chose this one to give way (a deadlock, a lock that could
     * not be taken, a serialization failure): 409 with a page that says so (reload and do it
     * again), not a failure.
     */
    @ExceptionHandler({OptimisticLockingFailureException.class, org.springframework.dao.PessimisticLockingFailureException.class})
    void changedMeanwhile(HttpServletResponse response) throws IOException {
        response.sendError(HttpServletResponse.SC_CONFLICT);
    }

    private static boolean isUnmadeForm(IllegalStateException e) {
        return e.getMessage() != null && e.getMessage().startsWith("Cannot access properties on null bean instance");
    }
}
