package vn.valuechain.shared.history;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * After a save was refused because someone else saved first, the form is shown again with what this person typed
 * merged onto what is now stored: a field they left as they found it takes the stored value (so the second save
 * does not undo the other person's change), a field they changed keeps what they typed.
 *
 * <p>Works on a feature's data record (the form's fields, ids rather than names), comparing field by field:
 * blank text and null are the same, numbers compare by value (10 and 10.000), anything else by equals.
 */
public final class StaleEditMerge {

    private StaleEditMerge() {}

    /**
     * @param base the record as this person's form was filled from (the version they started from)
     * @param stored the record as it is stored now
     * @param typed what this person submitted
     */
    public static <R extends Record> R merge(R base, R stored, R typed) {
        Class<?> type = typed.getClass();
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            Object mine = read(components[i], typed);
            values[i] = same(mine, read(components[i], base)) ? read(components[i], stored) : mine;
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            canonical.setAccessible(true);
            @SuppressWarnings("unchecked")
            R merged = (R) canonical.newInstance(values);
            return merged;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot rebuild " + type.getName(), e);
        }
    }

    static boolean same(Object a, Object b) {
        if (blank(a) && blank(b)) {
            return true;
        }
        if (a instanceof BigDecimal x && b instanceof BigDecimal y) {
            return x.compareTo(y) == 0;
        }
        return Objects.equals(a, b);
    }

    private static boolean blank(Object value) {
        return value == null || (value instanceof String s && s.isBlank());
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            var accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot read " + component, e);
        }
    }
}
