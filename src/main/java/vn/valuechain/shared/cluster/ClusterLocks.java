package vn.valuechain.shared.cluster;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Locks that hold across every application server on the database: PostgreSQL advisory locks, released when the
 * transaction that took them ends. Work that must not run twice at once (applying imports) takes one by name.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ClusterLocks {

    private final JdbcClient jdbc;

    /** Waits until no other transaction, on any server, holds the lock of this name; held until this one ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void lockForTransaction(String name) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(:name, 0))")
                .param("name", name)
                .query()
                .singleRow();
    }
}
