package vn.valuechain.home;

import java.util.LinkedHashMap;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.shared.cache.FiguresCache;

/**
 * The home page's counts, in one query; a DISTRICT user's are limited to their unit, the units below it and the old
 * units that went into it. Counting a province's 70,000 contracts and 25,000 cooperatives took 15 ms of the database
 * on every visit, so the counts are kept in {@link FiguresCache} until a record behind them changes.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class HomeService {

    /** The units whose records count under the user's: theirs, those below it, the old units that went into it. */
    private static final String SUBTREE = """
            with scope(id) as (select unit_id from unit_map where target_id = :unit)
            """;

    private final JdbcClient jdbc;
    private final FiguresCache cache;

    public Counts counts(Long unitId) {
        return cache.get(new CountsKey(unitId), () -> count(unitId));
    }

    private Counts count(Long unitId) {
        if (unitId == null) {
            return jdbc.sql("""
                    select (select count(*) from chain) as chains,
                           (select count(*) from cooperative) as cooperatives,
                           (select count(*) from enterprise) as enterprises,
                           (select count(*) from linkage_contract) as contracts,
                           (select count(*) from action_item) as action_items
                    """).query(Counts.class).single();
        }
        return jdbc.sql(SUBTREE + """
                select (select count(*) from chain c
                         where exists (select 1 from chain_unit cu where cu.chain_id = c.id
                                       and cu.administrative_unit_id in (select id from scope))) as chains,
                       (select count(*) from cooperative where administrative_unit_id in (select id from scope)) as cooperatives,
                       (select count(*) from enterprise where administrative_unit_id in (select id from scope)) as enterprises,
                       (select count(*) from linkage_contract k
                         where exists (select 1 from chain_unit cu where cu.chain_id = k.chain_id
                                       and cu.administrative_unit_id in (select id from scope))
                            or k.seller_cooperative_id in (select id from cooperative where administrative_unit_id in (select id from scope))
                            or k.buyer_cooperative_id in (select id from cooperative where administrative_unit_id in (select id from scope))) as contracts,
                       (select count(*) from action_item i
                         where exists (select 1 from action_item_unit iu where iu.action_item_id = i.id
                                       and iu.administrative_unit_id in (select id from scope))
                            or exists (select 1 from action_item_agency ia where ia.action_item_id = i.id
                                       and ia.administrative_unit_id in (select id from scope))) as action_items
                """).param("unit", unitId).query(Counts.class).single();
    }

    private record CountsKey(Long unitId) {}

    public record Counts(long chains, long cooperatives, long enterprises, long contracts, long actionItems) {

        /** In the order the home page shows them, keyed by message suffix. */
        public Map<String, Long> asMap() {
            Map<String, Long> map = new LinkedHashMap<>();
            map.put("chains", chains);
            map.put("cooperatives", cooperatives);
            map.put("enterprises", enterprises);
            map.put("contracts", contracts);
            map.put("actionItems", actionItems);
            return map;
        }
    }
}
