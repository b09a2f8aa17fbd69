package vn.valuechain.user;

/** A user who gets the daily reminder digest: where to send it, how to greet them, and what they see. */
public record ReminderRecipient(Long id, String username, String displayName, String email, Role role, Long unitId) {}
