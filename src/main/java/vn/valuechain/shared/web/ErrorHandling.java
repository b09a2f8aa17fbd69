package vn.valuechain.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import vn.valuechain.shared.db.DatabaseUnavailable;

/** Failures a user can meet, each as its own Vietnamese page instead of a server error. */
@ControllerAdvice
class ErrorHandling {

    /** Someone else saved the record first. */
    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String staleEdit() {
        return "error/409";
    }

    /** The database cannot be reached: say so at once (503); any other data failure stays a server error. */
    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    ModelAndView database(Exception failure) throws Exception {
        if (!DatabaseUnavailable.isCause(failure)) {
            throw failure;
        }
        return ErrorPages.page(HttpStatus.SERVICE_UNAVAILABLE);
    }

    /** {@code /chains/abc} names no record (404); {@code ?plan=abc} is a bad request (400). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView badArgument(MethodArgumentTypeMismatchException failure) {
        return ErrorPages.page(
                failure.getParameter().hasParameterAnnotation(PathVariable.class)
                        ? HttpStatus.NOT_FOUND
                        : HttpStatus.BAD_REQUEST);
    }

    /**
     * PostgreSQL cancelled a statement that ran past the statement timeout (application.properties): this request
     * stops and says so, and its connection serves the other pages again.
     */
    @ExceptionHandler({QueryTimeoutException.class, jakarta.persistence.QueryTimeoutException.class})
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String cutOff(HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, "60");
        return "error/timeout";
    }
}
