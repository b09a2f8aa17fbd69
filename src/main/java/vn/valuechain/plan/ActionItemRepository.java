package vn.valuechain.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ActionItemRepository extends JpaRepository<ActionItem, Long> {

    List<ActionItem> findByPlanIdOrderBySectionSortOrderAscSortOrderAsc(Long planId);
}
