package vn.valuechain.shared.security;

/** The session inactivity timeout an administrator sets, applied to each session at sign-in. */
public interface SessionTimeout {

    int DEFAULT_MINUTES = 30;

    int minutes();
}
