package vn.valuechain.shared.imports;

import java.util.Objects;

/** A reference to another record (a unit, a product…) as a cell names it: equal when the ids are. */
public record Ref(Long id, String name) {

    public static Ref of(Long id, String name) {
        return id == null ? null : new Ref(id, name);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ref other && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
