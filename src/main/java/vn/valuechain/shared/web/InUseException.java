package vn.valuechain.shared.web;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * A delete refused because other records refer to the record (the database's foreign keys said so);
 * {@link #reasonKey()} says in the user's words what refers to it, for the record's page to show.
 */
public class InUseException extends RuntimeException {

    private final String reasonKey;

    public InUseException(String reasonKey, Throwable cause) {
        super(reasonKey, cause);
        this.reasonKey = reasonKey;
    }

    public String reasonKey() {
        return reasonKey;
    }

    /**
     * PostgreSQL names the blocking foreign key (and its table) in the message of the violation; this is that
     * message, for a service to tell which reference it was.
     */
    public static String databaseMessage(DataIntegrityViolationException e) {
        return String.valueOf(e.getMostSpecificCause().getMessage());
    }
}
