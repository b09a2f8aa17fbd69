package vn.valuechain.contract;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.cooperative.Cooperative;
import vn.valuechain.enterprise.Enterprise;
import vn.valuechain.party.Party;
import vn.valuechain.shared.jpa.SearchPattern;
import vn.valuechain.support.IntegrationTest;
import vn.valuechain.support.ScopedUsers;
import vn.valuechain.support.TestData.Province;

/** The list reads its rows in one query and its total in one more, and its date filter is ContractState's rule. */
@Transactional
class ContractListQueryTest extends IntegrationTest {

    static final java.time.format.DateTimeFormatter DMY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    ContractService contracts;

    @Autowired
    EntityManager em;

    @Autowired
    EntityManagerFactory emf;

    @Autowired
    vn.valuechain.support.TestData data;

    Statistics statistics;

    @AfterEach
    void statisticsOff() {
        if (statistics != null) {
            statistics.setStatisticsEnabled(false);
        }
    }

    @Test
    void aPageOfContractsIsOneQueryForTheRowsAndOneForTheTotal() {
        Province p = data.province();
        ContractFixtures f = new ContractFixtures(em);
        LocalDate start = LocalDate.of(2025, 1, 1);
        Cooperative coop = f.cooperative("HTX Thống kê Định Thủy", p.dinhThuy());
        Enterprise buyer = f.enterprise("Công ty Thống kê", p.choLach());
        var chain = f.chain("Chuỗi thống kê", f.product("Dừa"), p.moCayNam());
        for (int i = 0; i < 25; i++) {
            Party seller = i % 2 == 0 ? Party.ofCooperative(coop) : Party.ofHouseholds("Tổ hộ thống kê " + i);
            LinkageContract c = f.offtake(
                    "STAT-" + i, seller, Party.ofEnterprise(buyer), i % 3 == 0 ? null : chain, start, null, "100");
            f.delivery(c, start.plusDays(10), "10");
            f.delivery(c, start.plusDays(20), "2.5");
        }
        em.flush();
        em.clear();

        statistics = emf.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        statistics.clear();
        Page<ContractRow> page = contracts.list(
                new ContractFilter("stat-", null, null, null, null, null, null, null, null, null, null, null),
                PageRequest.of(0, 20, ContractService.newestFirst()),
                null);
        assertThat(page.getContent()).hasSize(20);
        assertThat(page.getTotalElements()).isEqualTo(25);
        assertThat(statistics.getPrepareStatementCount())
                .as("matches + rows + total")
                .isEqualTo(3);
        assertThat(statistics.getEntityLoadCount()).isZero();
        assertThat(statistics.getCollectionFetchCount()).isZero();
        assertThat(page.getContent()).allSatisfy(row -> {
            assertThat(row.delivered()).isEqualByComparingTo("12.5");
            assertThat(row.fulfilment().percent()).isEqualByComparingTo("12.5");
            assertThat(row.buyer().name()).isEqualTo("Công ty Thống kê");
        });

        // A DISTRICT user's page too: the query selects the units under theirs itself.
        statistics.clear();
        Page<ContractRow> district = contracts.list(
                new ContractFilter("stat-", null, null, null, null, null, null, null, null, null, null, null),
                PageRequest.of(0, 20, ContractService.newestFirst()),
                ScopedUsers.localOfficial(p.moCayNam().getId()));
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(3);
        // Theirs: the chain runs in Mỏ Cày Nam or the seller is its cooperative. Not theirs: households selling to
        // Chợ Lách's enterprise outside any chain (i = 3, 9, 15, 21).
        assertThat(district.getTotalElements()).isEqualTo(21);
    }

    /**
     * A search lists what it finds by number, households' or parties' names whether it finds few contracts (listed by
     * their ids) or more than {@link SearchPattern#FEW} (the list's own query), within the user's reach.
     */
    @Test
    void aSearchListsTheSameContractsWhetherItFindsFewOrMany() {
        Province p = data.province();
        ContractFixtures f = new ContractFixtures(em);
        LocalDate start = LocalDate.of(2025, 1, 1);
        Cooperative coop = f.cooperative("HTX Tìm Hiếm", p.moCayNam());
        Enterprise buyer = f.enterprise("Công ty Tìm Hiếm", p.choLach());
        Enterprise other = f.enterprise("Công ty Khác", p.choLach());
        List<String> rare = List.of("R-1", "R-2", "R-3", "R-4");
        f.offtake("R-1", Party.ofCooperative(coop), Party.ofEnterprise(other), null, start, null, "1");
        f.offtake("R-2", Party.ofCooperative(coop), Party.ofEnterprise(buyer), null, start, null, "1");
        f.offtake("R-3", Party.ofHouseholds("Tổ hộ tìm hiếm"), Party.ofEnterprise(other), null, start, null, "1");
        f.offtake("R-4", Party.ofHouseholds("Tổ hộ khác"), Party.ofEnterprise(buyer), null, start, null, "1");
        f.offtake("R-5", Party.ofHouseholds("Tổ hộ khác"), Party.ofEnterprise(other), null, start, null, "1");
        int many = SearchPattern.FEW + 5;
        for (int i = 0; i < many; i++) {
            f.offtake(
                    "NHIEU-" + i, Party.ofHouseholds("Tổ hộ " + i), Party.ofEnterprise(other), null, start, null, "1");
        }
        em.flush();
        em.clear();

        assertThat(numbers(search("tìm hiếm", null).getContent())).containsExactlyInAnyOrderElementsOf(rare);
        assertThat(search("tìm hiếm", null).getTotalElements()).isEqualTo(4);
        assertThat(numbers(search("r-5", null).getContent())).containsExactly("R-5");
        assertThat(search("không có đâu", null).getTotalElements()).isZero();
        // A commune official of Mỏ Cày Nam reaches the contracts its cooperative sells under, not Chợ Lách's others.
        assertThat(numbers(search(
                                "tìm hiếm",
                                ScopedUsers.localOfficial(p.moCayNam().getId()))
                        .getContent()))
                .containsExactlyInAnyOrder("R-1", "R-2");

        Page<ContractRow> found = search("nhieu-", null);
        assertThat(found.getTotalElements()).isEqualTo(many);
        assertThat(found.getContent())
                .hasSize(20)
                .allSatisfy(row -> assertThat(row.number()).startsWith("NHIEU-"));
    }

    private Page<ContractRow> search(String q, vn.valuechain.shared.security.UnitScopedUser user) {
        return contracts.list(
                new ContractFilter(q, null, null, null, null, null, null, null, null, null, null, null),
                PageRequest.of(0, 20, ContractService.newestFirst()),
                user);
    }

    private static List<String> numbers(List<ContractRow> rows) {
        return rows.stream().map(ContractRow::number).toList();
    }

    /** "Hợp đồng sắp hết hạn" as the home page links it: signed, ending between today and so many days on. */
    @Test
    void expiringWithinSoManyDaysKeepsTheSignedContractsEndingInTheWindow() {
        LocalDate today = contracts.today();
        ContractFixtures f = new ContractFixtures(em);
        Enterprise buyer = f.enterprise("Công ty Hết hạn", null);
        LinkageContract inTen = f.offtake(
                "END-10",
                Party.ofHouseholds("Hộ A"),
                Party.ofEnterprise(buyer),
                null,
                today.minusYears(1),
                today.plusDays(10),
                "1");
        LinkageContract onTheLastDay = f.offtake(
                "END-60",
                Party.ofHouseholds("Hộ B"),
                Party.ofEnterprise(buyer),
                null,
                today.minusYears(1),
                today.plusDays(60),
                "1");
        LinkageContract endingToday = f.offtake(
                "END-0", Party.ofHouseholds("Hộ C"), Party.ofEnterprise(buyer), null, today.minusYears(1), today, "1");
        f.offtake(
                "END-61",
                Party.ofHouseholds("Hộ D"),
                Party.ofEnterprise(buyer),
                null,
                today.minusYears(1),
                today.plusDays(61),
                "1");
        f.offtake(
                "END-PAST",
                Party.ofHouseholds("Hộ E"),
                Party.ofEnterprise(buyer),
                null,
                today.minusYears(1),
                today.minusDays(1),
                "1");
        f.offtake(
                "END-OPEN",
                Party.ofHouseholds("Hộ F"),
                Party.ofEnterprise(buyer),
                null,
                today.minusYears(1),
                null,
                "1");
        LinkageContract broken = f.offtake(
                "END-BROKEN",
                Party.ofHouseholds("Hộ G"),
                Party.ofEnterprise(buyer),
                null,
                today.minusYears(1),
                today.plusDays(20),
                "1");
        broken.setStatus(ContractStatus.BROKEN);
        broken.setStatusChangedOn(today.minusDays(3));
        em.flush();

        assertThat(expiring("60")).containsExactlyInAnyOrder(inTen.getId(), onTheLastDay.getId(), endingToday.getId());
        assertThat(expiring("10")).containsExactlyInAnyOrder(inTen.getId(), endingToday.getId());
        // the list's checkbox: its usual 90 days
        assertThat(expiring("true")).hasSize(4);
        // not a number of days: not filtered by it
        assertThat(expiring("soon")).hasSize(7);
    }

    private Set<Long> expiring(String days) {
        return contracts
                .list(
                        new ContractFilter("end-", null, null, null, null, null, null, null, null, null, null, days),
                        PageRequest.of(0, 100),
                        null)
                .stream()
                .map(ContractRow::id)
                .collect(Collectors.toSet());
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theInForceFilterAgreesWithContractStateOnEveryEdge() {
        LocalDate d = LocalDate.of(2026, 3, 15);
        ContractFixtures f = new ContractFixtures(em);
        Enterprise buyer = f.enterprise("Công ty Kiểm tra hiệu lực", null);
        List<LocalDate> signed = new ArrayList<>();
        signed.add(null);
        signed.add(d.minusDays(30));
        List<LocalDate> starts = nullAnd(d.minusDays(10), d, d.plusDays(1));
        List<LocalDate> ends = nullAnd(d.minusDays(1), d, d.plusDays(10));
        List<LocalDate> changes = List.of(d.minusDays(1), d, d.plusDays(1));
        List<LinkageContract> made = new ArrayList<>();
        int n = 0;
        for (ContractStatus status : ContractStatus.values()) {
            boolean ended = status == ContractStatus.TERMINATED || status == ContractStatus.BROKEN;
            for (LocalDate changed : ended ? changes : nullAnd()) {
                for (LocalDate signedOn : signed) {
                    for (LocalDate start : starts) {
                        for (LocalDate end : ends) {
                            if (start != null && end != null && end.isBefore(start)) {
                                continue; // the database refuses it
                            }
                            LinkageContract c = f.offtake(
                                    "EDGE-" + n++,
                                    Party.ofHouseholds("Hộ kiểm tra"),
                                    Party.ofEnterprise(buyer),
                                    null,
                                    start,
                                    end,
                                    "1");
                            c.setSignedOn(signedOn);
                            c.setStatus(status);
                            c.setStatusChangedOn(changed);
                            made.add(c);
                        }
                    }
                }
            }
        }
        em.flush();
        for (LocalDate on : List.of(d.minusDays(1), d, d.plusDays(1), d.plusDays(11))) {
            Set<Long> expected = made.stream()
                    .filter(c -> ContractState.inForce(
                            on, c.getStatus(), c.getStatusChangedOn(), c.getSignedOn(), c.getStartOn(), c.getEndOn()))
                    .map(LinkageContract::getId)
                    .collect(Collectors.toSet());
            Set<Long> found = contracts
                    .list(
                            new ContractFilter(
                                    "edge-",
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    on.format(DMY),
                                    null,
                                    null,
                                    null),
                            PageRequest.of(0, 1000),
                            null)
                    .stream()
                    .map(ContractRow::id)
                    .collect(Collectors.toSet());
            assertThat(found).as("in force on " + on).isEqualTo(expected);
            // ... and the database function the dashboard counts with says the same (one rule, written twice).
            Set<Long> counted =
                    new java.util.HashSet<>(jdbc.sql("select id from linkage_contract where number like 'EDGE-%'"
                                    + " and vco_in_force(status, status_changed_on, start_on, signed_on, end_on, :d)")
                            .param("d", on)
                            .query(Long.class)
                            .list());
            assertThat(counted).as("vco_in_force on " + on).isEqualTo(expected);
            assertThat(expected).isNotEmpty();
        }
    }

    private static List<LocalDate> nullAnd(LocalDate... dates) {
        List<LocalDate> list = new ArrayList<>();
        list.add(null);
        list.addAll(List.of(dates));
        return list;
    }
}
