package vn.valuechain.user;

/** One line of the users list, read in one query. */
public record UserRow(
        Long id,
        String username,
        String displayName,
        Role role,
        String unitName,
        boolean enabled,
        boolean mustChangePassword) {}
