package vn.valuechain.enterprise;

/** An enterprise others refer to cannot be deleted; reasonKey says what refers to it. */
public class EnterpriseInUseException extends RuntimeException {

    private final String reasonKey;

    EnterpriseInUseException(String reasonKey, Throwable cause) {
        super(reasonKey, cause);
        this.reasonKey = reasonKey;
    }

    public String reasonKey() {
        return reasonKey;
    }
}
