package vn.valuechain.shared.security;

import java.time.Instant;

/**
 * What the sign-in needs to know of earlier failures, kept by the user feature in the database (so every instance
 * behind a load balancer counts the same).
 */
public interface SignInAttempts {

    /** Why a sign-in is refused before its password is even checked, or null when it may go on. */
    Refusal refusal(String username, String address);

    /** Counts a wrong password (or an unknown name) for the name and the address; returns the refusal it now earns. */
    Refusal failed(String username, String address);

    /** A right password ends the account's run of failures. */
    void succeeded(String username);

    /** {@code ACCOUNT}: the name is locked for a while; {@code ADDRESS}: too many failures from this address. */
    record Refusal(Kind kind, Instant until) {
        public enum Kind {
            ACCOUNT,
            ADDRESS
        }
    }
}
