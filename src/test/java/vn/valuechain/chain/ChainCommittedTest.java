package vn.valuechain.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.util.HtmlUtils;
import vn.valuechain.chain.ChainService.ParticipantData;
import vn.valuechain.cooperative.Cooperative;
import vn.valuechain.cooperative.CooperativeStatus;
import vn.valuechain.cooperative.CooperativeType;
import vn.valuechain.party.PartyKind;
import vn.valuechain.plan.Plan;
import vn.valuechain.product.Product;
import vn.valuechain.support.IntegrationTest;
import vn.valuechain.support.OwnDatabase;
import vn.valuechain.support.TestData;
import vn.valuechain.user.Role;

/**
 * What only committed transactions show: two people adding the same cooperative to a chain at the same moment,
 * and the chain's change history (Envers writes it at commit). Records are named for this test and removed after.
 */
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@OwnDatabase
class ChainCommittedTest extends IntegrationTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestData data;

    @Autowired
    TransactionTemplate tx;

    @Autowired
    EntityManager em;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ChainService chains;

    long planId;
    long cooperativeId;

    @BeforeAll
    void setUp() {
        tx.executeWithoutResult(s -> {
            data.user("cc-staff", Role.STAFF, null);
            Plan plan = new Plan("2835/KH-UBND-CC", "Kế hoạch thử của ChainCommittedTest");
            em.persist(plan);
            planId = plan.getId();
            Cooperative coop = new Cooperative(CooperativeType.HTX, "HTX Song Song Thử", CooperativeStatus.EXISTING);
            em.persist(coop);
            cooperativeId = coop.getId();
        });
    }

    @AfterAll
    void cleanUp() {
        jdbc.sql("delete from chain where name like 'Chuỗi song song thử%'").update();
        jdbc.sql("delete from cooperative where id = :id")
                .param("id", cooperativeId)
                .update();
        jdbc.sql("delete from plan where id = :id").param("id", planId).update();
        jdbc.sql("delete from app_user where username = 'cc-staff'").update();
    }

    long chain(String name) {
        return chains.create(chainData(name, EnumSet.copyOf(Stage.defaultRequired())), planId);
    }

    ChainData chainData(String name, java.util.Set<Stage> required) {
        return new ChainData(
                name,
                em.createQuery("select p from Product p where p.name = 'Dừa'", Product.class)
                        .getSingleResult()
                        .getId(),
                ChainStatus.ACTIVE,
                null,
                null,
                List.of(),
                required,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                new ChainData.Budget(null, null, null, null, null, null, null),
                false,
                false,
                null);
    }

    ParticipantData producer() {
        return new ParticipantData(
                PartyKind.COOPERATIVE,
                cooperativeId,
                null,
                null,
                ParticipantRole.PRODUCER,
                false,
                List.of(Stage.PRODUCTION),
                null);
    }

    /**
     * The first add is written but not committed when the second starts: the second waits for it, then finds the
     * cooperative already there. Without the database's constraint the second would not wait, and both would save.
     */
    @Test
    void twoPeopleAddingTheSameCooperativeAtOnceGiveOneLine() throws Exception {
        long chainId = tx.execute(s -> chain("Chuỗi song song thử 1"));
        CompletableFuture<Void> second = new CompletableFuture<>();
        tx.executeWithoutResult(first -> {
            chains.addParticipant(chainId, producer());
            em.flush();
            CompletableFuture.runAsync(() -> tx.executeWithoutResult(s -> chains.addParticipant(chainId, producer())))
                    .whenComplete((ok, e) -> {
                        if (e != null) {
                            second.completeExceptionally(e);
                        } else {
                            second.complete(null);
                        }
                    });
            // Commit only once the second is waiting for this one's row, or has finished.
            while (!second.isDone() && !waitingForALock()) {
                Thread.onSpinWait();
            }
        });
        assertThat(second)
                .failsWithin(java.time.Duration.ofMinutes(1))
                .withThrowableOfType(java.util.concurrent.ExecutionException.class)
                .havingCause()
                .isInstanceOf(AlreadyParticipantException.class);
        assertThat(jdbc.sql("select count(*) from chain_participant where chain_id = :id")
                        .param("id", chainId)
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
    }

    private boolean waitingForALock() {
        return jdbc.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                                + " and datname = current_database()")
                        .query(Long.class)
                        .single()
                > 0;
    }

    @Test
    void theHistoryShowsParticipantsStagesAndThePlanByItsNumber() throws Exception {
        long chainId = tx.execute(s -> chain("Chuỗi song song thử 2"));
        tx.executeWithoutResult(s -> chains.addParticipant(chainId, producer()));
        long participantId = jdbc.sql("select id from chain_participant where chain_id = :id")
                .param("id", chainId)
                .query(Long.class)
                .single();
        tx.executeWithoutResult(s -> chains.updateParticipant(
                chainId,
                participantId,
                new ParticipantData(
                        PartyKind.COOPERATIVE,
                        cooperativeId,
                        null,
                        null,
                        ParticipantRole.PRODUCER,
                        false,
                        List.of(Stage.PRODUCTION, Stage.COLLECTION),
                        null)));
        tx.executeWithoutResult(s -> {
            Chain c = em.find(Chain.class, chainId);
            c.getRequiredStages().add(Stage.PROCESSING);
        });
        tx.executeWithoutResult(s -> chains.removeParticipant(chainId, participantId));

        String page = HtmlUtils.htmlUnescape(new String(
                        mvc.perform(get("/chains/" + chainId).with(user(users.loadUserByUsername("cc-staff"))))
                                .andExpect(status().isOk())
                                .andReturn()
                                .getResponse()
                                .getContentAsByteArray(),
                        StandardCharsets.UTF_8))
                .replaceAll("<[^>]+>", " ")
                .replaceAll("\\s+", " ")
                .replace(" :", ":");
        String history = page.substring(page.indexOf("Lịch sử thay đổi"));
        assertThat(history)
                .doesNotContain("vn.valuechain")
                .contains("2835/KH-UBND-CC")
                .contains("Thành viên chuỗi: HTX Song Song Thử")
                .contains("Các khâu tham gia: Sản xuất → Sản xuất, Thu gom, sơ chế")
                .contains(
                        "Các khâu chuỗi phải có: Đầu vào, Sản xuất, Tiêu thụ → Đầu vào, Sản xuất, Chế biến, Tiêu thụ");
        // added, changed, removed: three entries for the participant
        assertThat(history.split("Thành viên chuỗi: HTX Song Song Thử", -1)).hasSize(4);
    }

    @Test
    void aChainWithoutAStageIsNeverSaved() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> tx.executeWithoutResult(
                        s -> chains.create(chainData("Chuỗi song song thử 3", EnumSet.noneOf(Stage.class)))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
