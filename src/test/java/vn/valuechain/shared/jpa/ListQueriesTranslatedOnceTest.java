package vn.valuechain.shared.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.certification.CertificationFilter;
import vn.valuechain.certification.CertificationService;
import vn.valuechain.chain.ChainService;
import vn.valuechain.contract.ContractFilter;
import vn.valuechain.contract.ContractService;
import vn.valuechain.cooperative.CooperativeService;
import vn.valuechain.enterprise.EnterpriseService;
import vn.valuechain.plan.ActionItemService;
import vn.valuechain.plan.ItemFilter;
import vn.valuechain.plan.PlanFixtures;
import vn.valuechain.plan.PlanService;
import vn.valuechain.progress.ItemViews;
import vn.valuechain.progress.ProgressReportService;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.support.IntegrationTest;
import vn.valuechain.support.ScopedUsers;
import vn.valuechain.support.TestData;
import vn.valuechain.support.TestData.Province;

/**
 * The registry lists' and the progress reports' queries are translated from HQL to SQL once, not on every request: Hibernate finds both the
 * query's HQL and its SQL in its cache the second time. It cannot keep the SQL of a query with a list parameter ("in
 * :ids") or a parameter inside a function call ("vco_search_pattern(:q)"); such a query spent more time in Hibernate
 * than in PostgreSQL on national data.
 */
@Transactional
class ListQueriesTranslatedOnceTest extends IntegrationTest {

    @Autowired
    CooperativeService cooperatives;

    @Autowired
    EnterpriseService enterprises;

    @Autowired
    ChainService chains;

    @Autowired
    ContractService contracts;

    @Autowired
    CertificationService certifications;

    @Autowired
    ProgressReportService reports;

    @Autowired
    PlanService plans;

    @Autowired
    ActionItemService items;

    @Autowired
    ItemViews itemViews;

    @Autowired
    EntityManagerFactory emf;

    @Autowired
    TestData data;

    @Test
    void aListAskedAgainFindsItsSqlReady() {
        Province p = data.provinceWithUsers();
        Map<String, Runnable> lists = new LinkedHashMap<>();
        for (UnitScopedUser user : new UnitScopedUser[] {
            null, ScopedUsers.localOfficial(p.moCayNam().getId())
        }) {
            String who = user == null ? "province-wide" : "district";
            lists.put("progress reports " + who, () -> reports.list(null, null, user, PageRequest.of(0, 20)));
            for (String q : new String[] {"", "mỏ cày"}) {
                lists.put("enterprises " + who + " '" + q + "'", () -> enterprises.search(q, user));
                lists.put("chains " + who + " '" + q + "'", () -> chains.search(q, user));
                lists.put(
                        "certificates " + who + " '" + q + "'",
                        () -> certifications.list(
                                new CertificationFilter(
                                        q,
                                        null,
                                        null,
                                        null,
                                        p.choLach().getId(),
                                        null,
                                        "true",
                                        "01/06/2026",
                                        null,
                                        null,
                                        null),
                                PageRequest.of(0, 20, Sort.by("validTo")),
                                user));
                if (q.isEmpty()) {
                    // Searched, cooperatives and contracts are listed by the ids of the few they find ("in :ids"),
                    // whose SQL is translated again: on national data that cost less than PostgreSQL's walk through
                    // every record to find them (SearchPattern.fewMatches).
                    lists.put("cooperatives " + who, () -> cooperatives.search(q, user));
                    lists.put("contracts " + who, () -> contracts.search(q, user));
                    lists.put(
                            "contracts in force " + who,
                            () -> contracts.list(
                                    new ContractFilter(
                                            q,
                                            null,
                                            null,
                                            null,
                                            null,
                                            null,
                                            p.choLach().getId(),
                                            null,
                                            "01/06/2026",
                                            null,
                                            null,
                                            "true"),
                                    PageRequest.of(0, 20, ContractService.newestFirst()),
                                    user));
                }
            }
        }
        assertEachFindsItsSqlReady(lists, true);
    }

    /**
     * The item lists, the plan's framework and the item page read their items' rows, agencies, phases and statuses for
     * a page of ids in SQL with the ids as one array, so nothing of theirs is translated again either. (A DISTRICT
     * user's scope is first read by a native query, which Hibernate counts as one look-up, not two: nothing to
     * translate.)
     */
    @Test
    void anItemListAskedAgainFindsItsSqlReady() {
        PlanFixtures f = new PlanFixtures(data, plans, items);
        LocalDate on = LocalDate.of(2019, 7, 1);
        assertThat(itemViews
                        .list(ItemFilter.NONE, null, on, PageRequest.of(0, 25))
                        .getContent())
                .as("items listed")
                .hasSizeGreaterThan(1);
        Map<String, Runnable> lists = new LinkedHashMap<>();
        lists.put("action items", () -> itemViews.list(ItemFilter.NONE, null, on, PageRequest.of(0, 25)));
        lists.put("plan's framework", () -> plans.framework(f.plan.getId(), null, on));
        lists.put("an item", () -> items.summary(f.coconutContracts.getId(), null, on));
        assertEachFindsItsSqlReady(lists, false);
    }

    /** Run each twice; the second time, every HQL query finds both its HQL and its SQL in Hibernate's cache. */
    private void assertEachFindsItsSqlReady(Map<String, Runnable> lists, boolean runsHql) {
        Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        try {
            lists.forEach((name, list) -> {
                list.run();
                statistics.clear();
                list.run();
                if (runsHql) {
                    assertThat(statistics.getQueryExecutionCount()).as(name).isPositive();
                }
                assertThat(statistics.getQueryPlanCacheHitCount())
                        .as(name + ": HQL and SQL found for each query")
                        .isEqualTo(2 * statistics.getQueryExecutionCount());
            });
        } finally {
            statistics.setStatisticsEnabled(false);
        }
    }
}
