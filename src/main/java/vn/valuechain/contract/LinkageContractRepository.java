package vn.valuechain.contract;

import jakarta.persistence.QueryHint;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;
import org.springframework.data.repository.query.Param;
import vn.valuechain.geo.UnitScope;

public interface LinkageContractRepository extends JpaRepository<LinkageContract, Long> {

    String FROM = """
            from LinkageContract c
              left join c.chain ch
              left join c.product p
              left join c.seller.cooperative sc
              left join c.seller.enterprise se
              left join c.buyer.cooperative bc
              left join c.buyer.enterprise be
            """;

    /**
     * Where a contract belongs, for a DISTRICT user's reach and for the unit filter: the chain runs in one of the
     * units (chain_unit), or a party is a cooperative or enterprise located in one: once for the user's scope, once
     * for the filter.
     */
    String IN_SCOPE = "(:scope is null"
            + " or ch.id in (select k.id from Chain k join k.units ku where ku.id in " + UnitScope.SCOPE_UNITS + ")"
            + " or sc.administrativeUnit.id in " + UnitScope.SCOPE_UNITS
            + " or se.administrativeUnit.id in " + UnitScope.SCOPE_UNITS
            + " or bc.administrativeUnit.id in " + UnitScope.SCOPE_UNITS
            + " or be.administrativeUnit.id in " + UnitScope.SCOPE_UNITS + ")";

    String IN_UNIT = "(:filter is null"
            + " or ch.id in (select k.id from Chain k join k.units ku where ku.id in " + UnitScope.FILTER_UNITS + ")"
            + " or sc.administrativeUnit.id in " + UnitScope.FILTER_UNITS
            + " or se.administrativeUnit.id in " + UnitScope.FILTER_UNITS
            + " or bc.administrativeUnit.id in " + UnitScope.FILTER_UNITS
            + " or be.administrativeUnit.id in " + UnitScope.FILTER_UNITS + ")";

    /**
     * "In force on a date" as the dashboard counts it, the database's vco_in_force (V4__indicator_functions.sql)
     * written out: a query with a parameter inside a function call gets its SQL translated again on every request
     * (see SearchPattern). ContractListQueryTest checks that it agrees with ContractState, and ContractState with the
     * function. anyDate switches it off: PostgreSQL cannot type a date parameter in ":onDate is null".
     */
    String IN_FORCE = """
            (:anyDate = true
              or (c.status in (vn.valuechain.contract.ContractStatus.SIGNED, vn.valuechain.contract.ContractStatus.TERMINATED,
                               vn.valuechain.contract.ContractStatus.BROKEN)
                  and (c.status = vn.valuechain.contract.ContractStatus.SIGNED or c.statusChangedOn > :onDate)
                  and (coalesce(c.startOn, c.signedOn) is null or coalesce(c.startOn, c.signedOn) <= :onDate)
                  and (c.endOn is null or :onDate <= c.endOn)))
            """;

    // Names and numbers are matched in their own tables, where their trigram indexes serve, and compared with the
    // contract's own columns (its id, and with fk() the party ids it stores), not with the joined parties: PostgreSQL
    // then filters the contracts as it reads them in the list's order (linkage_contract_newest_idx) and joins only
    // the page's rows. Compared after the joins, it joined every contract first (0.1 to 0.3 s on 70,000 contracts).
    String SEARCH = """
            (:q = ''
              or c.id in (select y.id from LinkageContract y
                          where vco_search_key(y.number) like :pattern escape '\\'
                            or vco_search_key(y.seller.householdsName) like :pattern escape '\\'
                            or vco_search_key(y.buyer.householdsName) like :pattern escape '\\')
              or fk(c.seller.cooperative) in (select x.id from Cooperative x where vco_search_key(x.name) like :pattern escape '\\')
              or fk(c.buyer.cooperative) in (select x.id from Cooperative x where vco_search_key(x.name) like :pattern escape '\\')
              or fk(c.seller.enterprise) in (select x.id from Enterprise x where vco_search_key(x.name) like :pattern escape '\\')
              or fk(c.buyer.enterprise) in (select x.id from Enterprise x where vco_search_key(x.name) like :pattern escape '\\'))
            """;

    /** The list's other filters. */
    String OTHERS = """
              and (:type is null or c.type = :type)
              and (:status is null or c.status = :status)
              and (:productId is null or p.id = :productId)
              and (:chainId is null or ch.id = :chainId)
              and (:cooperativeId is null or sc.id = :cooperativeId or bc.id = :cooperativeId)
              and (:enterpriseId is null or se.id = :enterpriseId or be.id = :enterpriseId)
              and (:renewsId is null or c.renews.id = :renewsId)
              and (:expiring = false or (c.status = vn.valuechain.contract.ContractStatus.SIGNED
                                         and c.endOn between :expiringFrom and :expiringTo))
            """;

    String FILTER = " where " + IN_SCOPE + " and " + IN_UNIT + " and " + IN_FORCE + " and " + SEARCH + OTHERS;

    /** The filter with the search's matches given by their ids ({@link #findMatches}) instead of the search. */
    String FILTER_AMONG = " where " + IN_SCOPE + " and " + IN_UNIT + " and " + IN_FORCE + " and c.id in :ids" + OTHERS;

    String ROW = """
                    select new vn.valuechain.contract.ContractRow(c.id, c.number, c.type,
                        c.seller.kind, sc.id, se.id, coalesce(sc.name, se.name, c.seller.householdsName),
                        c.buyer.kind, bc.id, be.id, coalesce(bc.name, be.name, c.buyer.householdsName),
                        ch.id, ch.name, p.name, c.signedOn, c.startOn, c.endOn, c.status, c.statusChangedOn,
                        c.volume, c.volumeUnit,
                        (select sum(d.volume) from ContractDelivery d where d.contract = c),
                        c.illustrative)
                    """;

    /** A page of the list; its total, {@link #countRows}, is kept apart (FiguresCache). */
    @Query(ROW + FROM + FILTER)
    List<ContractRow> findRows(
            @Param("scope") Long scope,
            @Param("filter") Long filter,
            @Param("anyDate") boolean anyDate,
            @Param("onDate") LocalDate onDate,
            @Param("q") String q,
            @Param("pattern") String pattern,
            @Param("type") ContractType type,
            @Param("status") ContractStatus status,
            @Param("productId") Long productId,
            @Param("chainId") Long chainId,
            @Param("cooperativeId") Long cooperativeId,
            @Param("enterpriseId") Long enterpriseId,
            @Param("renewsId") Long renewsId,
            @Param("expiring") boolean expiring,
            @Param("expiringFrom") LocalDate expiringFrom,
            @Param("expiringTo") LocalDate expiringTo,
            Pageable pageable);

    @Query("select count(c) " + FROM + FILTER)
    long countRows(
            @Param("scope") Long scope,
            @Param("filter") Long filter,
            @Param("anyDate") boolean anyDate,
            @Param("onDate") LocalDate onDate,
            @Param("q") String q,
            @Param("pattern") String pattern,
            @Param("type") ContractType type,
            @Param("status") ContractStatus status,
            @Param("productId") Long productId,
            @Param("chainId") Long chainId,
            @Param("cooperativeId") Long cooperativeId,
            @Param("enterpriseId") Long enterpriseId,
            @Param("renewsId") Long renewsId,
            @Param("expiring") boolean expiring,
            @Param("expiringFrom") LocalDate expiringFrom,
            @Param("expiringTo") LocalDate expiringTo);

    /** The rows of {@link #findRows} among the contracts given (a search's few matches). */
    @Query(value = ROW + FROM + FILTER_AMONG, countQuery = "select count(c) " + FROM + FILTER_AMONG)
    Page<ContractRow> findRowsAmong(
            @Param("ids") List<Long> ids,
            @Param("scope") Long scope,
            @Param("filter") Long filter,
            @Param("anyDate") boolean anyDate,
            @Param("onDate") LocalDate onDate,
            @Param("type") ContractType type,
            @Param("status") ContractStatus status,
            @Param("productId") Long productId,
            @Param("chainId") Long chainId,
            @Param("cooperativeId") Long cooperativeId,
            @Param("enterpriseId") Long enterpriseId,
            @Param("renewsId") Long renewsId,
            @Param("expiring") boolean expiring,
            @Param("expiringFrom") LocalDate expiringFrom,
            @Param("expiringTo") LocalDate expiringTo,
            Pageable pageable);

    /**
     * The contracts the search's pattern finds (as {@link #SEARCH} does), at most {@code limit} rows, a contract
     * once per place it matched. Each table's trigram index answers for its own names.
     */
    @Query(nativeQuery = true, value = """
                    select id from linkage_contract
                     where vco_search_key(number) like :pattern escape '\\'
                        or vco_search_key(seller_households_name) like :pattern escape '\\'
                        or vco_search_key(buyer_households_name) like :pattern escape '\\'
                    union all
                    select c.id from linkage_contract c join cooperative x on x.id = c.seller_cooperative_id
                     where vco_search_key(x.name) like :pattern escape '\\'
                    union all
                    select c.id from linkage_contract c join cooperative x on x.id = c.buyer_cooperative_id
                     where vco_search_key(x.name) like :pattern escape '\\'
                    union all
                    select c.id from linkage_contract c join enterprise x on x.id = c.seller_enterprise_id
                     where vco_search_key(x.name) like :pattern escape '\\'
                    union all
                    select c.id from linkage_contract c join enterprise x on x.id = c.buyer_enterprise_id
                     where vco_search_key(x.name) like :pattern escape '\\'
                    limit :limit
                    """)
    List<Long> findMatches(@Param("pattern") String pattern, @Param("limit") int limit);

    /**
     * The same rows in one pass through a database cursor, for exports: page after page with OFFSET would compute
     * every skipped row again (tens of thousands of contracts made that quadratic).
     */
    @Query(ROW + FROM + FILTER)
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FETCH_SIZE, value = "500"))
    Stream<ContractRow> streamRows(
            @Param("scope") Long scope,
            @Param("filter") Long filter,
            @Param("anyDate") boolean anyDate,
            @Param("onDate") LocalDate onDate,
            @Param("q") String q,
            @Param("pattern") String pattern,
            @Param("type") ContractType type,
            @Param("status") ContractStatus status,
            @Param("productId") Long productId,
            @Param("chainId") Long chainId,
            @Param("cooperativeId") Long cooperativeId,
            @Param("enterpriseId") Long enterpriseId,
            @Param("renewsId") Long renewsId,
            @Param("expiring") boolean expiring,
            @Param("expiringFrom") LocalDate expiringFrom,
            @Param("expiringTo") LocalDate expiringTo,
            Sort sort);

    @Query("select count(c) > 0 " + FROM + " where c.id = :id and " + IN_SCOPE)
    boolean isWithin(@Param("id") long id, @Param("scope") Long scope);

    /** The record page's contract with everything it names, in one query. */
    @Query("""
            select c from LinkageContract c
              left join fetch c.chain
              left join fetch c.product
              left join fetch c.seller.cooperative
              left join fetch c.seller.enterprise
              left join fetch c.buyer.cooperative
              left join fetch c.buyer.enterprise
              left join fetch c.renews
            where c.id = :id
            """)
    Optional<LinkageContract> findDetailedById(@Param("id") long id);

    @Query("select count(c) > 0 from LinkageContract c where upper(c.number) = upper(:number) and c.id <> :exceptId")
    boolean numberTaken(@Param("number") String number, @Param("exceptId") long exceptId);

    @Query("select c.id from LinkageContract c where upper(c.number) = upper(:number) order by c.id")
    List<Long> findIdsByNumber(@Param("number") String number);

    /** Contracts without a number, told apart by their parties' names (case ignored) and their start. */
    @Query("select c.id " + FROM + """
            where c.number is null
              and lower(coalesce(sc.name, se.name, c.seller.householdsName)) = lower(:seller)
              and lower(coalesce(bc.name, be.name, c.buyer.householdsName)) = lower(:buyer)
              and ((:noStart = true and c.startOn is null) or (:noStart = false and c.startOn = :startOn))
            order by c.id
            """)
    List<Long> findIdsWithoutNumber(
            @Param("seller") String seller,
            @Param("buyer") String buyer,
            @Param("noStart") boolean noStart,
            @Param("startOn") LocalDate startOn);

    @Query("select c.renews.id from LinkageContract c where c.id = :id")
    Long renewedId(@Param("id") long id);

    List<LinkageContract> findByChainIdOrderBySignedOnAsc(Long chainId);
}
