package vn.valuechain.shared.history;

import java.time.Instant;
import java.util.List;

/** What another person saved since the version this user started from, for the 409 page. */
public record StaleEditDetails(String username, Instant at, long currentVersion, List<FieldChange> changes) {}
