package vn.valuechain.chain;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChainRepository extends JpaRepository<Chain, Long> {

    @EntityGraph(attributePaths = {"product", "participants"})
    Optional<Chain> findWithParticipantsById(Long id);

    List<Chain> findByPlanId(Long planId);
}
