package vn.valuechain.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.valuechain.geo.UnitScope;

/**
 * The figures' statements for some units keep only the units' test of each {@code (:unitAll or …)}, so that
 * PostgreSQL can join the units' sub-select and count the chains it finds; for all units they stay as written.
 * Whether the figures stay the same is for {@code ProvinceFiguresTest} and {@code IndicatorServiceTest}.
 */
class IndicatorSqlTest {

    static final UnitScope COMMUNES = UnitScope.of(List.of(7L, 8L));

    @Test
    void forSomeUnitsTheChainsAreThoseWithAUnitAmongThem() {
        String sql = IndicatorSql.forUnits(IndicatorSql.SCORES, COMMUNES);
        assertThat(sql)
                .doesNotContain(":unitAll")
                .containsPattern("and \\(exists \\(select 1 from chain_unit cu\\s+where cu.chain_id = c.id"
                        + " and cu.administrative_unit_id in \\(:units\\)\\)\\)");
        assertThat(sql.replace(
                        " (exists (select 1 from chain_unit cu", " (:unitAll or exists (select 1 from chain_unit cu"))
                .as("nothing else changed")
                .isEqualTo(IndicatorSql.SCORES);
    }

    @Test
    void forSomeUnitsTheStableCooperativesFollowOnlyTheirContracts() {
        assertThat(IndicatorSql.forUnits(IndicatorSql.COOPERATIVES, COMMUNES))
                .doesNotContain(":unitAll")
                .contains("and (k.seller_cooperative_id in (select co.id from cooperative co")
                .contains("and (co.administrative_unit_id in (:units))");
    }

    /** Without its own parentheses the OR may hold more than :unitAll and the units' test: it is left as written. */
    @Test
    void onlyAParenthesisedAlternativeIsDropped() {
        String sql = "select 1 from chain c where c.id > 0 and :unitAll or c.id in (:units)";
        assertThat(IndicatorSql.forUnits(sql, COMMUNES)).isEqualTo(sql);
    }

    @Test
    void forAllUnitsTheStatementsStayAsWritten() {
        assertThat(IndicatorSql.forUnits(IndicatorSql.SCORES, UnitScope.ALL)).isEqualTo(IndicatorSql.SCORES);
        assertThat(IndicatorSql.forUnits(IndicatorSql.DROPPED, UnitScope.ALL)).isEqualTo(IndicatorSql.DROPPED);
    }
}
