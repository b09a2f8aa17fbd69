package vn.valuechain.cooperative;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CooperativeRepository extends JpaRepository<Cooperative, Long> {

    List<Cooperative> findByAdministrativeUnitIdOrderByNameAsc(Long administrativeUnitId);
}
