package vn.valuechain.geo;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.LocalDate;
import lombok.EqualsAndHashCode;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.annotations.Immutable;

/**
 * A row of the unit map the database keeps (table {@code unit_map}, rebuilt by triggers): the records of unitId count
 * under targetId on the dates targetId existed, whole or in part. Read-only, for queries.
 */
@Entity
@Immutable
@Table(name = "unit_map")
@IdClass(UnitMapRow.Key.class)
@Getter
class UnitMapRow {

    @Id
    private Long unitId;

    @Id
    private Long targetId;

    private String level;

    private LocalDate validFrom;

    private LocalDate validTo;

    private boolean whole;

    @EqualsAndHashCode
    @NoArgsConstructor
    static class Key implements Serializable {
        private Long unitId;
        private Long targetId;
    }
}
