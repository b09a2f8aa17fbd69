package vn.valuechain.contract;

import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * Where a contract stands on a given date, for display: nháp, chưa hiệu lực, đang hiệu lực, đã hết hạn, đã chấm
 * dứt, bị phá vỡ. {@link #on} is the domain's "in force" rule (domain.md, "Contract coverage") for a contract in
 * memory; the database has the same rule once, as {@code vco_in_force}, which the dashboard's figures and the list's
 * "in force on" filter ({@link LinkageContractRepository#IN_FORCE}) both call. ContractListQueryTest checks on
 * every edge (the day of a termination or breach included) that the two say the same.
 *
 * <p>How this reads the domain's "not terminated or broken <em>before</em> that date": the date recorded with a
 * termination or a breach ({@code status_changed_on}) is the first day the contract no longer binds. A contract
 * terminated on D is therefore no longer in force on D, while one whose termination is dated D + 1 was still in
 * force on D (on D it was signed and the termination lay ahead). So TERMINATED and BROKEN count as "signed" for
 * the days before their date, which keeps the past right when a contract is ended later.
 *
 * <p>A signed contract without a start date takes effect on the day it was signed (the civil code's default,
 * Bộ luật Dân sự 2015, điều 401). With neither date it is taken as running: its status says it was signed, and
 * this is how the dashboard's database function {@code vco_in_force} (V4__indicator_functions.sql) counts it,
 * so the list and the figures agree.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public enum ContractState {
    DRAFT(Group.NOT_STARTED, "text-bg-secondary"),
    NOT_YET_IN_FORCE(Group.NOT_STARTED, "text-bg-info"),
    IN_FORCE(Group.IN_FORCE, "text-bg-success"),
    EXPIRED(Group.ENDED, "text-bg-secondary"),
    TERMINATED(Group.ENDED, "text-bg-dark"),
    BROKEN(Group.BROKEN, "text-bg-danger");

    /** How a chain's page groups its contracts: in force, ended, broken, and those not (yet) in force. */
    public enum Group {
        IN_FORCE,
        ENDED,
        BROKEN,
        NOT_STARTED
    }

    private final Group group;
    private final String badge;

    public Group group() {
        return group;
    }

    /** The badge's colour class on the pages (the list shows one on each row). */
    public String badge() {
        return badge;
    }

    /** The state on {@code date} of a contract with these terms. */
    public static ContractState on(
            LocalDate date,
            ContractStatus status,
            LocalDate statusChangedOn,
            LocalDate signedOn,
            LocalDate startOn,
            LocalDate endOn) {
        if (status == ContractStatus.DRAFT) {
            return DRAFT;
        }
        // The database requires the date with these statuses; without one, the end is taken as already reached.
        boolean endedByThen = statusChangedOn == null || !statusChangedOn.isAfter(date);
        if (status == ContractStatus.TERMINATED && endedByThen) {
            return TERMINATED;
        }
        if (status == ContractStatus.BROKEN && endedByThen) {
            return BROKEN;
        }
        LocalDate start = effectiveStart(signedOn, startOn);
        if (start != null && date.isBefore(start)) {
            return NOT_YET_IN_FORCE;
        }
        if (endOn != null && date.isAfter(endOn)) {
            return EXPIRED;
        }
        return IN_FORCE;
    }

    /** Whether a contract with these terms is in force on {@code date} (domain.md). */
    public static boolean inForce(
            LocalDate date,
            ContractStatus status,
            LocalDate statusChangedOn,
            LocalDate signedOn,
            LocalDate startOn,
            LocalDate endOn) {
        return on(date, status, statusChangedOn, signedOn, startOn, endOn) == IN_FORCE;
    }

    /** A contract cannot be signed after it has ended: such dates are a typing error, refused at the field. */
    public static boolean signedAfterEnd(LocalDate signedOn, LocalDate endOn) {
        return signedOn != null && endOn != null && signedOn.isAfter(endOn);
    }

    /** The first day deliveries may be recorded for: the start, or the signing when no start is written. */
    public static LocalDate effectiveStart(LocalDate signedOn, LocalDate startOn) {
        return startOn != null ? startOn : signedOn;
    }
}
