package vn.valuechain.geo;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import lombok.Getter;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Subselect;
import org.hibernate.annotations.Synchronize;

/**
 * Where the records of a unit no longer in force count today (view {@code unit_now}): the commune(s) it went into,
 * whole or in part. Lists join it in JPQL to show "nay: Xã Đồng Khởi" beside an old unit.
 */
@Entity
@Immutable
@Subselect("select unit_id, names, whole from unit_now")
@Synchronize({"unit_map", "administrative_unit"})
@Getter
public class UnitNow {

    @Id
    private Long unitId;

    private String names;

    private boolean whole;
}
