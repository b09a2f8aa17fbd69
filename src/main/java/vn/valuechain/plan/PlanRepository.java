package vn.valuechain.plan;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanRepository extends JpaRepository<Plan, Long> {

    @EntityGraph(attributePaths = "sections")
    Optional<Plan> findWithSectionsById(Long id);
}
