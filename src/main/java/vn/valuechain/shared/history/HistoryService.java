package vn.valuechain.shared.history;

import jakarta.persistence.ElementCollection;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityNotFoundException;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.hibernate.Hibernate;
import org.hibernate.ObjectNotFoundException;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.proxy.LazyInitializer;
import org.springframework.data.annotation.CreatedBy;
import org.springframework.data.annotation.CreatedDate;
import org.springframework.data.annotation.LastModifiedBy;
import org.springframework.data.annotation.LastModifiedDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the change history Envers keeps for audited records, as field-by-field changes a person can read:
 * "Lịch sử thay đổi" on record pages, and what someone else changed when an edit is refused as stale.
 * Field labels are the message keys {@code <entity>.<field>}; enumerated values {@code enum.<Type>.<NAME>}.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class HistoryService {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final EntityManager em;

    /** Newest first. */
    public List<HistoryEntry> history(Class<?> type, Object id) {
        List<?> rows = reader().createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        List<HistoryEntry> entries = entries(type, rows, false);
        Collections.reverse(entries);
        return entries;
    }

    /**
     * The history of the records that belong to a parent (a chain's participants, a contract's deliveries), deleted
     * ones too, oldest first, to be merged into the parent's own: each entry names its record by the value of
     * subjectField under subjectKey (none when subjectField is null), a deleted one lists the values it had, and
     * the fields in hidden (the parent itself, bookkeeping flags) are left out. One query for all of them.
     */
    public List<HistoryEntry> childrenHistory(
            Class<?> type,
            String parentProperty,
            Object parentId,
            String subjectKey,
            String subjectField,
            Set<String> hidden) {
        List<?> rows = reader().createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.relatedId(parentProperty).eq(parentId))
                .addOrder(AuditEntity.revisionNumber().asc())
                .getResultList();
        Map<Object, List<Object>> byRecord = new LinkedHashMap<>();
        Field idField = idField(type);
        for (Object row : rows) {
            byRecord.computeIfAbsent(value(idField, ((Object[]) row)[0]), k -> new ArrayList<>())
                    .add(row);
        }
        Field subject = subjectField == null ? null : field(type, subjectField);
        List<HistoryEntry> entries = new ArrayList<>();
        for (List<Object> records : byRecord.values()) {
            List<HistoryEntry> own = entries(type, records, true);
            for (int i = 0; i < own.size(); i++) {
                HistoryEntry e = own.get(i);
                Object state = ((Object[]) records.get(i))[0];
                entries.add(new HistoryEntry(
                        e.revision(),
                        e.at(),
                        e.username(),
                        e.kind(),
                        e.changes().stream()
                                .filter(c -> !hidden.contains(c.field()))
                                .toList(),
                        subject == null ? null : subjectKey,
                        subject == null ? null : display(value(subject, state)).text()));
            }
        }
        return entries;
    }

    /**
     * The entries of one record's revisions, oldest first; with deletedValues a deletion lists the values the record
     * had (a child record, which its parent's page no longer shows).
     */
    private List<HistoryEntry> entries(Class<?> type, List<?> rows, boolean deletedValues) {
        List<HistoryEntry> entries = new ArrayList<>();
        Object previous = null;
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            Revision revision = (Revision) r[1];
            RevisionType revisionType = (RevisionType) r[2];
            HistoryEntry.Kind kind = switch (revisionType) {
                case ADD -> HistoryEntry.Kind.CREATED;
                case MOD -> HistoryEntry.Kind.UPDATED;
                case DEL -> HistoryEntry.Kind.DELETED;
            };
            if (kind != HistoryEntry.Kind.DELETED
                    && !entries.isEmpty()
                    && entries.get(entries.size() - 1).kind() == HistoryEntry.Kind.DELETED) {
                kind = HistoryEntry.Kind.RESTORED;
            }
            List<FieldChange> changes = kind != HistoryEntry.Kind.DELETED
                    ? diff(type, previous, r[0])
                    : !deletedValues
                            ? List.of()
                            : diff(type, null, previous).stream()
                                    .map(c -> new FieldChange(c.field(), c.labelKey(), c.after(), DisplayValue.EMPTY))
                                    .toList();
            entries.add(new HistoryEntry(
                    revision.getId(),
                    Instant.ofEpochMilli(revision.getTimestamp()),
                    revision.getUsername(),
                    kind,
                    changes));
            if (kind != HistoryEntry.Kind.DELETED) {
                previous = r[0];
            }
        }
        return entries;
    }

    /**
     * The changes saved since the version a user's edit started from, with who saved the newest one.
     * Empty when that version is not in the history (e.g. a record older than the history).
     */
    public Optional<StaleEditDetails> changesSince(Class<?> type, Object id, long baseVersion) {
        AuditReader reader = reader();
        Optional<?> base = atVersion(type, id, baseVersion);
        List<?> latest = reader.createQuery()
                .forRevisionsOfEntity(type, false, false)
                .add(AuditEntity.id().eq(id))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(1)
                .getResultList();
        if (latest.isEmpty()) {
            return Optional.empty();
        }
        Object[] newest = (Object[]) latest.get(0);
        Revision revision = (Revision) newest[1];
        Object current = newest[0];
        List<FieldChange> changes = base.map(b -> diff(type, b, current)).orElse(List.of());
        return Optional.of(new StaleEditDetails(
                revision.getUsername(),
                Instant.ofEpochMilli(revision.getTimestamp()),
                (Long) value(versionField(type), current),
                changes));
    }

    /**
     * The record as it was saved at a version (what a user's edit form was filled from), read from the history;
     * empty when that version is not in the history. Its relations load lazily, inside the caller's transaction.
     */
    public <T> Optional<T> atVersion(Class<T> type, Object id, long version) {
        List<?> found = reader().createQuery()
                .forRevisionsOfEntity(type, true, false)
                .add(AuditEntity.id().eq(id))
                .add(AuditEntity.property("version").eq(version))
                .getResultList();
        return found.isEmpty() ? Optional.empty() : Optional.of(type.cast(found.get(0)));
    }

    /** Records of this type deleted, newest first: id, last state, who and when. */
    public List<DeletedRecord> deleted(Class<?> type) {
        List<?> rows = reader().createQuery()
                .forRevisionsOfEntity(type, false, true)
                .add(AuditEntity.revisionType().eq(RevisionType.DEL))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(200)
                .getResultList();
        List<Object> ids =
                rows.stream().map(r -> value(idField(type), ((Object[]) r)[0])).toList();
        // A record restored since is no longer deleted.
        List<?> existing = ids.isEmpty()
                ? List.of()
                : em.createQuery("select e.id from " + type.getSimpleName() + " e where e.id in :ids")
                        .setParameter("ids", ids)
                        .getResultList();
        List<DeletedRecord> deleted = new ArrayList<>();
        for (Object row : rows) {
            Object[] r = (Object[]) row;
            Revision revision = (Revision) r[1];
            Object id = value(idField(type), r[0]);
            if (existing.contains(id) || deleted.stream().anyMatch(d -> d.id() == (Long) id)) {
                continue;
            }
            deleted.add(new DeletedRecord(
                    (Long) id,
                    revision.getId(),
                    Objects.toString(nameOf(r[0]), ""),
                    revision.getUsername(),
                    Instant.ofEpochMilli(revision.getTimestamp())));
        }
        return deleted;
    }

    private AuditReader reader() {
        return AuditReaderFactory.get(em);
    }

    private List<FieldChange> diff(Class<?> type, Object before, Object after) {
        if (after == null) {
            return List.of();
        }
        String entity = lowerFirst(type.getSimpleName());
        List<FieldChange> changes = new ArrayList<>();
        for (Field field : auditedFields(type)) {
            DisplayValue from = before == null ? DisplayValue.EMPTY : display(value(field, before));
            DisplayValue to = display(value(field, after));
            if (!from.equals(to)) {
                changes.add(new FieldChange(field.getName(), entity + "." + field.getName(), from, to));
            }
        }
        return changes;
    }

    /** The fields a person edits: not the identity, version, bookkeeping or collections. */
    private static List<Field> auditedFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers())
                        || f.isAnnotationPresent(Id.class)
                        || f.isAnnotationPresent(EmbeddedId.class)
                        || f.isAnnotationPresent(Version.class)
                        || f.isAnnotationPresent(NotAudited.class)
                        || f.isAnnotationPresent(CreatedBy.class)
                        || f.isAnnotationPresent(CreatedDate.class)
                        || f.isAnnotationPresent(LastModifiedBy.class)
                        || f.isAnnotationPresent(LastModifiedDate.class)
                        || (Collection.class.isAssignableFrom(f.getType())
                                && !f.isAnnotationPresent(ElementCollection.class))
                        || Map.class.isAssignableFrom(f.getType())) {
                    continue;
                }
                fields.add(f);
            }
        }
        return fields;
    }

    private DisplayValue display(Object value) {
        if (value == null) {
            return DisplayValue.EMPTY;
        }
        if (value instanceof Enum<?> e) {
            return new DisplayValue(e.name(), "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name());
        }
        if (value instanceof Collection<?> values) {
            // A set of enumerated values (a chain's required stages), in their declared order.
            List<Enum<?>> sorted = values.stream()
                    .<Enum<?>>map(v -> (Enum<?>) v)
                    .sorted(java.util.Comparator.comparingInt(e -> e.ordinal()))
                    .toList();
            return sorted.isEmpty()
                    ? DisplayValue.EMPTY
                    : new DisplayValue(
                            null,
                            null,
                            sorted.stream()
                                    .map(e -> "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name())
                                    .toList());
        }
        if (value instanceof Boolean b) {
            return new DisplayValue(null, b ? "history.yes" : "history.no");
        }
        if (value instanceof LocalDate d) {
            return new DisplayValue(DATE.format(d), null);
        }
        if (value instanceof BigDecimal n) {
            NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("vi"));
            format.setMaximumFractionDigits(3);
            return new DisplayValue(format.format(n), null);
        }
        if (value instanceof String || value instanceof Number) {
            return new DisplayValue(value.toString(), null);
        }
        // An embedded value (a contract party) or a related record: shown by its name.
        return new DisplayValue(Objects.toString(nameOf(value), ""), null);
    }

    private Object nameOf(Object value) {
        Object target = audited(value);
        if (target == null) {
            return "";
        }
        for (String method : new String[] {"displayName", "getName", "getNumber"}) {
            try {
                Method m = target.getClass().getMethod(method);
                return m.invoke(target);
            } catch (InvocationTargetException e) {
                if (notFound(e.getCause())) {
                    // An embedded value (a contract's party) naming a record that has no audited state.
                    return nameOfReferenceIn(target);
                }
            } catch (ReflectiveOperationException ignored) {
                // try the next way of naming it
            }
        }
        // A record without a name of its own is named by its number, never by a Java object's "Type@1ef42290".
        try {
            Object id = value(idField(target.getClass()), target);
            return id == null ? "" : "#" + id;
        } catch (IllegalArgumentException notARecord) {
            return "";
        }
    }

    /**
     * The related record as it was at the revision. A record older than the history (seeded or imported in SQL)
     * has no audited state: it is named as it is now, rather than the whole page failing.
     */
    private Object audited(Object value) {
        try {
            return Hibernate.unproxy(value);
        } catch (RuntimeException e) {
            if (notFound(e) && value instanceof HibernateProxy proxy) {
                LazyInitializer lazy = proxy.getHibernateLazyInitializer();
                return em.find(lazy.getPersistentClass(), lazy.getIdentifier());
            }
            throw e;
        }
    }

    private Object nameOfReferenceIn(Object embedded) {
        for (Field f : embedded.getClass().getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) && value(f, embedded) instanceof HibernateProxy reference) {
                return nameOf(reference);
            }
        }
        return "";
    }

    private static boolean notFound(Throwable e) {
        return e instanceof EntityNotFoundException || e instanceof ObjectNotFoundException;
    }

    private static Field field(Class<?> type, String name) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.getName().equals(name)) {
                    return f;
                }
            }
        }
        throw new IllegalArgumentException(type + " has no field " + name);
    }

    private static Field versionField(Class<?> type) {
        return auditedFieldsWith(type, Version.class);
    }

    private static Field idField(Class<?> type) {
        return auditedFieldsWith(type, Id.class);
    }

    private static Field auditedFieldsWith(Class<?> type, Class<? extends java.lang.annotation.Annotation> a) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                if (f.isAnnotationPresent(a)) {
                    return f;
                }
            }
        }
        throw new IllegalArgumentException(type + " has no field annotated " + a.getSimpleName());
    }

    private static Object value(Field field, Object target) {
        try {
            field.setAccessible(true);
            return field.get(Hibernate.unproxy(target));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String lowerFirst(String s) {
        return Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    /** A record that was deleted: enough to list it and to restore it. */
    public record DeletedRecord(long id, long revision, String name, String username, Instant at) {}
}
