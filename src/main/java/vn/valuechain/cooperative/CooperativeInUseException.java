package vn.valuechain.cooperative;

/** A cooperative others refer to cannot be deleted; reasonKey says what refers to it. */
public class CooperativeInUseException extends RuntimeException {

    private final String reasonKey;

    CooperativeInUseException(String reasonKey, Throwable cause) {
        super(reasonKey, cause);
        this.reasonKey = reasonKey;
    }

    public String reasonKey() {
        return reasonKey;
    }
}
