package vn.valuechain.chain;

/** A chain others refer to (contracts, plan sections) cannot be deleted; reasonKey says what. */
public class ChainInUseException extends RuntimeException {

    private final String reasonKey;

    ChainInUseException(String reasonKey, Throwable cause) {
        super(reasonKey, cause);
        this.reasonKey = reasonKey;
    }

    public String reasonKey() {
        return reasonKey;
    }
}
