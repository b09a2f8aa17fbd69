package vn.valuechain.chain;

/** The party already takes part in the chain: it has one line there, to edit rather than add again. */
public class AlreadyParticipantException extends RuntimeException {

    AlreadyParticipantException(Throwable cause) {
        super("The party already takes part in the chain", cause);
    }
}
