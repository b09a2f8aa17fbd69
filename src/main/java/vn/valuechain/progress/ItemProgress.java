package vn.valuechain.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How an item's progress on a date was worked out, for its page: each target with what the counted reports achieved
 * and its share, as the database defines them ({@code vco_target_steps}, V56, the same rows the item's status is the
 * mean of), and how many reports counted. Counted: accepted, with a period ending on or before the date.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ItemProgress {

    private final JdbcClient jdbc;

    public Detail of(long itemId, LocalDate on) {
        List<TargetProgress> targets = jdbc.sql("""
                        select t.id, t.indicator, t.value, t.unit, t.year, p.achieved, p.share
                        from vco_target_steps(array[:item]::bigint[]) p join target t on t.id = p.target_id
                        where p.from_on <= :on and :on < p.until_on
                        order by t.year, t.id
                        """)
                .param("item", itemId)
                .param("on", on)
                .query((rs, n) -> new TargetProgress(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getBigDecimal(3),
                        rs.getString(4),
                        (Integer) rs.getObject(5),
                        rs.getBigDecimal(6),
                        rs.getBigDecimal(7)))
                .list();
        return jdbc.sql("""
                        select count(*) filter (where status = 'ACCEPTED' and ends <= :on),
                               count(*) filter (where status = 'ACCEPTED' and ends > :on),
                               count(*) filter (where status <> 'ACCEPTED')
                        from (select r.status, vco_period_end(r.period_type, r.period_year, r.period_number) as ends
                              from progress_report r where r.action_item_id = :item) r
                        """)
                .param("item", itemId)
                .param("on", on)
                .query((rs, n) -> new Detail(targets, rs.getInt(1), rs.getInt(2), rs.getInt(3)))
                .single();
    }

    /**
     * What the reports of every unit on the item give: counted (accepted, period ended by the date), accepted for a
     * later period, not (yet) accepted.
     */
    public record Detail(List<TargetProgress> targets, int counted, int acceptedLater, int notAccepted) {

        public List<TargetProgress> measurable() {
            return targets.stream().filter(TargetProgress::measurable).toList();
        }
    }

    /**
     * A target, the amount the counted reports achieved against it, and its share: min(1, achieved ÷ value), null
     * for a target of 0, which measures nothing and is left out of the mean.
     */
    public record TargetProgress(
            Long id,
            String indicator,
            BigDecimal value,
            String unit,
            Integer year,
            BigDecimal achieved,
            BigDecimal share) {

        public boolean measurable() {
            return share != null;
        }

        /** The share in percent, to one decimal (null for a target of 0). */
        public BigDecimal sharePercent() {
            return share == null ? null : share.movePointRight(2).setScale(1, RoundingMode.HALF_UP);
        }
    }
}
