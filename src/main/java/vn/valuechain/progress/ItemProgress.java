package vn.valuechain.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How an item's progress on a date was worked out, for its page: each target with the amount the counted reports
 * achieved (their sum) and its share, and how many reports counted. Counted: accepted, with a period ending on or
 * before the date, as {@code vco_item_status} counts them.
 */
@Service
@Transactional(readOnly = true)
public class ItemProgress {

    private final JdbcClient jdbc;

    ItemProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Detail of(long itemId, LocalDate on) {
        List<TargetProgress> targets = jdbc.sql("""
                        select t.id, t.indicator, t.value, t.unit, t.year, coalesce(a.achieved, 0)
                        from target t left join (
                            select v.target_id, sum(v.actual_value) as achieved
                            from progress_report r join progress_report_value v on v.progress_report_id = r.id
                            where r.action_item_id = :item and r.status = 'ACCEPTED'
                              and vco_period_end(r.period_type, r.period_year, r.period_number) <= :on
                            group by v.target_id) a on a.target_id = t.id
                        where t.action_item_id = :item
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
                        rs.getBigDecimal(6)))
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

    /** A target, the amount the counted reports achieved against it, and its share: min(1, achieved ÷ value). */
    public record TargetProgress(
            Long id, String indicator, BigDecimal value, String unit, Integer year, BigDecimal achieved) {

        /** A target of 0 measures nothing and is left out of the mean. */
        public boolean measurable() {
            return value.signum() > 0;
        }

        public boolean reached() {
            return measurable() && achieved.compareTo(value) >= 0;
        }

        /** The share in percent, one decimal (null for a target of 0). */
        public BigDecimal sharePercent() {
            if (!measurable()) {
                return null;
            }
            BigDecimal share = achieved.multiply(BigDecimal.valueOf(100)).divide(value, 1, RoundingMode.HALF_UP);
            return share.min(BigDecimal.valueOf(100).setScale(1));
        }
    }
}
