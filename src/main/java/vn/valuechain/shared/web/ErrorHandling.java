package vn.valuechain.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Errors people can act on, each with its own page instead of a server error. */
@ControllerAdvice
class ErrorHandling {

    /** Someone else saved the record first. */
    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    String staleEdit() {
        return "error/409";
    }

    /**
     * PostgreSQL cancelled a statement that ran past the statement timeout (application.properties): this request
     * stops and says so, and its connection serves the other pages again.
     */
    @ExceptionHandler({QueryTimeoutException.class, jakarta.persistence.QueryTimeoutException.class})
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String cutOff(HttpServletResponse response) {
        response.setHeader(HttpHeaders.RETRY_AFTER, "60");
        return "error/503";
    }
}
