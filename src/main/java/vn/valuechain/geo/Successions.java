package vn.valuechain.geo;

import java.time.LocalDate;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The succession table (an old unit went into a new one, whole or in part), read and written in SQL. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class Successions {

    private final JdbcClient jdbc;

    List<SuccessionRow> of(long unitId) {
        return jdbc.sql("""
                        select s.successor_id = :id as came_in, o.id, o.name, s.whole, s.effective_on, s.wording
                        from administrative_unit_succession s
                          join administrative_unit o on o.id = case when s.predecessor_id = :id then s.successor_id
                                                                   else s.predecessor_id end
                        where s.predecessor_id = :id or s.successor_id = :id
                        order by 1, o.name
                        """)
                .param("id", unitId)
                .query((rs, i) -> new SuccessionRow(
                        rs.getBoolean("came_in"),
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getBoolean("whole"),
                        rs.getObject("effective_on", LocalDate.class),
                        rs.getString("wording")))
                .list();
    }

    void delete(long predecessorId, long successorId) {
        jdbc.sql("delete from administrative_unit_succession where predecessor_id = :p and successor_id = :s")
                .param("p", predecessorId)
                .param("s", successorId)
                .update();
    }

    void addWhole(long predecessorId, long successorId, LocalDate effectiveOn) {
        jdbc.sql("""
                        insert into administrative_unit_succession (predecessor_id, successor_id, whole, effective_on)
                        values (:p, :s, true, :on)
                        on conflict (predecessor_id, successor_id) do update set whole = true
                        """)
                .param("p", predecessorId)
                .param("s", successorId)
                .param("on", effectiveOn)
                .update();
    }
}
