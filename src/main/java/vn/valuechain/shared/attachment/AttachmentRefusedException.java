package vn.valuechain.shared.attachment;

/** A file that is not attached, with the reason as a message key and its arguments ("attachment.file.tooLarge", 20). */
public class AttachmentRefusedException extends RuntimeException {

    private final String reasonKey;
    private final transient Object[] args;

    public AttachmentRefusedException(String reasonKey, Object... args) {
        super(reasonKey);
        this.reasonKey = reasonKey;
        this.args = args.clone();
    }

    public String reasonKey() {
        return reasonKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
