package vn.valuechain.geo;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UnitChangeRepository extends JpaRepository<UnitChange, Long> {

    @Query("select c from UnitChange c where c.unit.id = :unitId order by c.effectiveOn")
    List<UnitChange> findByUnit(@Param("unitId") long unitId);

    @Query("select max(c.effectiveOn) from UnitChange c where c.unit.id = :unitId")
    Optional<LocalDate> lastDate(@Param("unitId") long unitId);

    @Query("select c from UnitChange c join fetch c.unit where c.applied = false and c.effectiveOn <= :today"
            + " order by c.effectiveOn")
    List<UnitChange> findDue(@Param("today") LocalDate today);
}
