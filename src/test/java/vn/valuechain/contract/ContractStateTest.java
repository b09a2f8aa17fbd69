package vn.valuechain.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.valuechain.contract.ContractStatus.BROKEN;
import static vn.valuechain.contract.ContractStatus.DRAFT;
import static vn.valuechain.contract.ContractStatus.SIGNED;
import static vn.valuechain.contract.ContractStatus.TERMINATED;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The "in force" rule and the state on a date, worked by hand around 15/03/2026 ("today"). */
class ContractStateTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    static final LocalDate YESTERDAY = LocalDate.of(2026, 3, 14);
    static final LocalDate TOMORROW = LocalDate.of(2026, 3, 16);
    static final LocalDate SIGNED_ON = LocalDate.of(2025, 12, 20);
    static final LocalDate START = LocalDate.of(2026, 1, 1);
    static final LocalDate END = LocalDate.of(2026, 12, 31);

    @Test
    void aSignedContractBetweenItsStartAndEndIsInForce() {
        assertThat(ContractState.on(TODAY, SIGNED, null, SIGNED_ON, START, END)).isEqualTo(ContractState.IN_FORCE);
        assertThat(ContractState.inForce(TODAY, SIGNED, null, SIGNED_ON, START, END))
                .isTrue();
    }

    @Test
    void theStartAndTheEndDayAreBothInForce() {
        assertThat(ContractState.inForce(START, SIGNED, null, SIGNED_ON, START, END))
                .isTrue();
        assertThat(ContractState.inForce(END, SIGNED, null, SIGNED_ON, START, END))
                .isTrue();
        assertThat(ContractState.on(END.plusDays(1), SIGNED, null, SIGNED_ON, START, END))
                .isEqualTo(ContractState.EXPIRED);
    }

    @Test
    void aContractStartingTomorrowIsNotInForceToday() {
        assertThat(ContractState.on(TODAY, SIGNED, null, SIGNED_ON, TOMORROW, END))
                .isEqualTo(ContractState.NOT_YET_IN_FORCE);
        assertThat(ContractState.inForce(TODAY, SIGNED, null, SIGNED_ON, TOMORROW, END))
                .isFalse();
        assertThat(ContractState.inForce(TOMORROW, SIGNED, null, SIGNED_ON, TOMORROW, END))
                .isTrue();
    }

    @Test
    void aContractWithNoEndDateStaysInForce() {
        assertThat(ContractState.inForce(TODAY, SIGNED, null, SIGNED_ON, START, null))
                .isTrue();
        assertThat(ContractState.inForce(LocalDate.of(2040, 1, 1), SIGNED, null, SIGNED_ON, START, null))
                .isTrue();
    }

    @Test
    void aContractTerminatedYesterdayIsNotInForceToday() {
        assertThat(ContractState.on(TODAY, TERMINATED, YESTERDAY, SIGNED_ON, START, END))
                .isEqualTo(ContractState.TERMINATED);
        assertThat(ContractState.inForce(TODAY, TERMINATED, YESTERDAY, SIGNED_ON, START, END))
                .isFalse();
        // ... but it was in force the day before its termination.
        assertThat(ContractState.inForce(YESTERDAY.minusDays(1), TERMINATED, YESTERDAY, SIGNED_ON, START, END))
                .isTrue();
    }

    @Test
    void theDayOfATerminationOrBreachIsNoLongerInForce() {
        // Our reading of "not terminated or broken before that date": the recorded date is the first day it no
        // longer binds.
        assertThat(ContractState.inForce(TODAY, TERMINATED, TODAY, SIGNED_ON, START, END))
                .isFalse();
        assertThat(ContractState.on(TODAY, BROKEN, TODAY, SIGNED_ON, START, END))
                .isEqualTo(ContractState.BROKEN);
    }

    @Test
    void aContractTerminatedTomorrowIsStillInForceToday() {
        assertThat(ContractState.on(TODAY, TERMINATED, TOMORROW, SIGNED_ON, START, END))
                .isEqualTo(ContractState.IN_FORCE);
        assertThat(ContractState.on(TODAY, BROKEN, TOMORROW, SIGNED_ON, START, END))
                .isEqualTo(ContractState.IN_FORCE);
    }

    @Test
    void aBrokenContractIsNotInForceAfterTheBreach() {
        assertThat(ContractState.on(TODAY, BROKEN, LocalDate.of(2026, 2, 10), SIGNED_ON, START, END))
                .isEqualTo(ContractState.BROKEN);
        assertThat(ContractState.inForce(
                        LocalDate.of(2026, 2, 9), BROKEN, LocalDate.of(2026, 2, 10), SIGNED_ON, START, END))
                .isTrue();
    }

    @Test
    void aDraftIsNeverInForce() {
        assertThat(ContractState.on(TODAY, DRAFT, null, SIGNED_ON, START, END)).isEqualTo(ContractState.DRAFT);
        assertThat(ContractState.inForce(TODAY, DRAFT, null, SIGNED_ON, START, null))
                .isFalse();
    }

    @Test
    void withoutAStartDateTheContractRunsFromItsSigning() {
        assertThat(ContractState.inForce(SIGNED_ON, SIGNED, null, SIGNED_ON, null, END))
                .isTrue();
        assertThat(ContractState.on(SIGNED_ON.minusDays(1), SIGNED, null, SIGNED_ON, null, END))
                .isEqualTo(ContractState.NOT_YET_IN_FORCE);
        // With neither date it is taken as running, as the dashboard's vco_in_force counts it; the end still holds.
        assertThat(ContractState.on(TODAY, SIGNED, null, null, null, null)).isEqualTo(ContractState.IN_FORCE);
        assertThat(ContractState.on(TODAY, SIGNED, null, null, null, YESTERDAY)).isEqualTo(ContractState.EXPIRED);
    }

    @Test
    void anExpiredContractTerminatedLaterShowsTheTermination() {
        LocalDate shortEnd = LocalDate.of(2026, 2, 28);
        assertThat(ContractState.on(TODAY, TERMINATED, TOMORROW, SIGNED_ON, START, shortEnd))
                .isEqualTo(ContractState.EXPIRED);
        assertThat(ContractState.on(TOMORROW, TERMINATED, TOMORROW, SIGNED_ON, START, shortEnd))
                .isEqualTo(ContractState.TERMINATED);
    }

    @Test
    void statesGroupAsTheChainPageShowsThem() {
        assertThat(ContractState.IN_FORCE.group()).isEqualTo(ContractState.Group.IN_FORCE);
        assertThat(ContractState.EXPIRED.group()).isEqualTo(ContractState.Group.ENDED);
        assertThat(ContractState.TERMINATED.group()).isEqualTo(ContractState.Group.ENDED);
        assertThat(ContractState.BROKEN.group()).isEqualTo(ContractState.Group.BROKEN);
        assertThat(ContractState.DRAFT.group()).isEqualTo(ContractState.Group.NOT_STARTED);
        assertThat(ContractState.NOT_YET_IN_FORCE.group()).isEqualTo(ContractState.Group.NOT_STARTED);
    }

    @Test
    void fulfilmentIsDeliveredOverContracted() {
        Fulfilment f = Fulfilment.of(new BigDecimal("1200"), new BigDecimal("650.5").add(new BigDecimal("500")));
        // 1 150,5 ÷ 1 200 = 0,95875 → 95,9 %
        assertThat(f.defined()).isTrue();
        assertThat(f.percent()).isEqualByComparingTo("95.9");
        assertThat(f.barWidth()).isEqualTo(95);
        assertThat(f.undefinedReason()).isNull();
    }

    @Test
    void fulfilmentBeyondTheContractIsShownButTheBarStopsAtFull() {
        Fulfilment f = Fulfilment.of(new BigDecimal("40"), new BigDecimal("50"));
        assertThat(f.percent()).isEqualByComparingTo("125.0");
        assertThat(f.barWidth()).isEqualTo(100);
    }

    @Test
    void noDeliveriesIsZeroPercent() {
        Fulfilment f = Fulfilment.of(new BigDecimal("300"), null);
        assertThat(f.percent()).isEqualByComparingTo("0");
        assertThat(f.delivered()).isEqualByComparingTo("0");
    }

    @Test
    void fulfilmentIsUndefinedWithoutAContractedVolume() {
        Fulfilment missing = Fulfilment.of(null, new BigDecimal("10"));
        assertThat(missing.defined()).isFalse();
        assertThat(missing.percent()).isNull();
        assertThat(missing.undefinedReason()).isEqualTo("contract.fulfilment.noVolume");
        assertThat(missing.barWidth()).isZero();

        Fulfilment zero = Fulfilment.of(new BigDecimal("0.000"), new BigDecimal("10"));
        assertThat(zero.defined()).isFalse();
        assertThat(zero.undefinedReason()).isEqualTo("contract.fulfilment.zeroVolume");
    }
}
