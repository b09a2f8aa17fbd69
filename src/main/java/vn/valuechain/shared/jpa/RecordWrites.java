package vn.valuechain.shared.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.springframework.beans.BeanUtils;
import org.springframework.core.GenericTypeResolver;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.web.InUseException;
import vn.valuechain.shared.web.NotFoundException;

/**
 * How a registry's form saves, alike for every registry whose fields a user fills in one form: a new record filled
 * from the form's data, or the stored one the user may see, refused when the user started from an older version. A
 * feature's service says only how it finds a record the user may see and how the data fills it; the record's class is
 * the one it names ({@code extends RecordWrites<Cooperative, CooperativeData>}).
 *
 * @param <E> the record
 * @param <D> what the form (or an import row) gives
 */
public abstract class RecordWrites<E extends AuditedEntity, D> {

    @SuppressWarnings("unchecked")
    private final Class<E> type =
            (Class<E>) GenericTypeResolver.resolveTypeArguments(getClass(), RecordWrites.class)[0];

    @PersistenceContext
    private EntityManager em;

    /** The stored record, as NotFoundException when there is none or the user may not see it. */
    protected abstract E visible(long id, UnitScopedUser user);

    /** Fills the record from the data, checking what the form cannot (the user's reach, references). */
    protected abstract void apply(E record, D data, UnitScopedUser user);

    @Transactional
    public long create(D data, UnitScopedUser user) {
        E record = BeanUtils.instantiateClass(type);
        apply(record, data, user);
        em.persist(record);
        return record.getId();
    }

    @Transactional
    public void update(long id, long version, D data, UnitScopedUser user) {
        E record = visible(id, user);
        StaleEdit.check(record, version);
        apply(record, data, user);
    }

    /** The record found, or NotFoundException (named after its class), as for a record the user may not see. */
    protected E found(Optional<E> record, long id) {
        return record.orElseThrow(() -> new NotFoundException(type.getSimpleName(), id));
    }

    /**
     * Deletes the record, refused with the reason (a message key, from the database's message) when other records
     * refer to it: flushed here, so the foreign keys answer inside the call, not at the commit.
     */
    protected static <T> void deleteUnlessReferred(
            JpaRepository<T, Long> records, T record, Function<String, String> reason) {
        try {
            records.delete(record);
            records.flush();
        } catch (DataIntegrityViolationException e) {
            throw new InUseException(reason.apply(InUseException.databaseMessage(e)), e);
        }
    }

    /** Whether a record other than {@code exceptId} (null: a new one) has this code already; a blank one never is. */
    protected static boolean taken(String code, Long exceptId, BiPredicate<String, Long> query) {
        return code != null && !code.isBlank() && query.test(code.trim(), exceptId == null ? -1 : exceptId);
    }
}
