package vn.valuechain.plan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.valuechain.plan.PlanRows.PlanOption;
import vn.valuechain.plan.PlanRows.PlanRow;
import vn.valuechain.plan.PlanRows.PlanView;
import vn.valuechain.plan.PlanRows.SectionRow;

public interface PlanRepository extends JpaRepository<Plan, Long> {

    @EntityGraph(attributePaths = "sections")
    Optional<Plan> findWithSectionsById(Long id);

    @Query(value = """
            select new vn.valuechain.plan.PlanRows$PlanRow(p.id, p.documentNumber, p.issuedOn, p.title, p.issuingBody,
                   p.periodStartYear, p.periodEndYear, a.documentNumber, u.name,
                   (select count(i) from ActionItem i where i.plan = p), p.illustrative)
            from Plan p left join p.amends a left join p.province u
            """, countQuery = "select count(p) from Plan p")
    Page<PlanRow> findRows(Pageable pageable);

    @Query("""
            select new vn.valuechain.plan.PlanRows$PlanView(p.id, p.version, p.documentNumber, p.issuedOn, p.title,
                   p.issuingBody, p.periodStartYear, p.periodEndYear, a.id, a.documentNumber, u.id, u.name,
                   p.illustrative)
            from Plan p left join p.amends a left join p.province u where p.id = :id
            """)
    Optional<PlanView> findView(@Param("id") Long id);

    @Query("""
            select new vn.valuechain.plan.PlanRows$SectionRow(s.id, s.plan.id, s.code, s.title, s.chainId, s.sortOrder)
            from PlanSection s where s.plan.id = :planId order by s.sortOrder
            """)
    List<SectionRow> findSections(@Param("planId") Long planId);

    @Query("""
            select new vn.valuechain.plan.PlanRows$PlanOption(p.id, p.documentNumber, p.title)
            from Plan p order by p.documentNumber
            """)
    List<PlanOption> findOptions();

    @Query("""
            select count(p) > 0 from Plan p
            where vco_search_key(p.documentNumber) = vco_search_key(:number) and p.id <> :exceptId
            """)
    boolean documentNumberTaken(@Param("number") String number, @Param("exceptId") long exceptId);

    @Query("select p.id from Plan p where vco_search_key(p.documentNumber) = vco_search_key(:number)")
    List<Long> findIdsByDocumentNumber(@Param("number") String number);

    @Query("select s.code from PlanSection s join s.plan p order by p.documentNumber, s.sortOrder")
    List<String> findSectionCodes();

    /**
     * Chain names by id, read from the chain table directly: plan_section.chain_id references it, but the plan
     * feature must not depend on the chain feature's code (chains depend on plans).
     */
    @Query(value = "select id, name from chain where id in (:ids)", nativeQuery = true)
    List<Object[]> findChainNames(@Param("ids") Collection<Long> ids);

    /** Every chain with its product and plan, read like {@link #findChainNames}: id, name, product, plan id. */
    @Query(
            value = "select c.id, c.name, p.name, c.plan_id from chain c join product p on p.id = c.product_id",
            nativeQuery = true)
    List<Object[]> findChainKeys();

    @Query("""
            select count(s) > 0 from PlanSection s
            where s.plan.id = :planId and lower(s.code) = lower(:code) and s.id <> :exceptId
            """)
    boolean sectionCodeTaken(
            @Param("planId") long planId, @Param("code") String code, @Param("exceptId") long exceptId);
}
