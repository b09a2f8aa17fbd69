package vn.valuechain.user;

/** The four roles of docs/domain: what each may do is in SecurityConfiguration and the services. */
public enum Role {
    ADMIN,
    STAFF,
    DISTRICT,
    VIEWER;

    public String authority() {
        return "ROLE_" + name();
    }
}
