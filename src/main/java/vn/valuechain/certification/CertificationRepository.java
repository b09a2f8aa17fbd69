package vn.valuechain.certification;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import vn.valuechain.geo.UnitScope;

public interface CertificationRepository extends JpaRepository<Certification, Long> {

    // Dates are always bound, with a flag saying whether to filter by them: PostgreSQL cannot tell the type
    // of a null parameter in "? is null".
    // The holder's unit is its cooperative's or its enterprise's; households have none, so only
    // province-wide users see theirs. A holder's name is matched in its own table, where its trigram index serves,
    // and compared with the id the certificate stores (fk()), so that the filter needs no join (as the contracts').
    String FROM = """
            from Certification c
              left join c.holder.cooperative hc left join hc.administrativeUnit hcu
              left join c.holder.enterprise he left join he.administrativeUnit heu
              left join c.product p
            """;

    String FILTER = "where (:scope is null or hcu.id in " + UnitScope.SCOPE_UNITS + " or heu.id in "
            + UnitScope.SCOPE_UNITS + ")"
            + " and (:filter is null or hcu.id in " + UnitScope.FILTER_UNITS + " or heu.id in "
            + UnitScope.FILTER_UNITS + ")" + """
              and (:q = ''
                   or fk(c.holder.cooperative) in (select x.id from Cooperative x where vco_search_key(x.name) like :pattern escape '\\')
                   or fk(c.holder.enterprise) in (select x.id from Enterprise x where vco_search_key(x.name) like :pattern escape '\\')
                   or c.id in (select y.id from Certification y
                               where vco_search_key(y.holder.householdsName) like :pattern escape '\\'
                                 or vco_search_key(y.number) like :pattern escape '\\'))
              and (:type is null or c.type = :type)
              and (:productId is null or p.id = :productId)
              and (:status is null or c.status = :status)
              and (:expiring = false
                   or (c.status = :valid and c.validTo between :expiringFrom and :expiringTo))
              and (:byDate = false
                   or (c.status = :valid and (c.validFrom is null or c.validFrom <= :validOn)
                       and (c.validTo is null or c.validTo >= :validOn)))
              and (:cooperativeId is null or hc.id = :cooperativeId)
              and (:enterpriseId is null or he.id = :enterpriseId)
              and (:chainId is null or exists (
                   select 1 from ChainParticipant cp
                   where cp.chain.id = :chainId
                     and (cp.party.cooperative.id = hc.id or cp.party.enterprise.id = he.id
                          or cp.party.householdsName = c.holder.householdsName)))
            """;

    /** A page of the list; its total, {@link #countRows}, is kept apart (FiguresCache). */
    @Query(value = """
                    select new vn.valuechain.certification.CertificationRow(c.id, c.type, c.ocopStars,
                        c.holder.kind, hc.id, he.id, coalesce(hc.name, he.name, c.holder.householdsName),
                        coalesce(hcu.name, heu.name), p.name, c.number, c.validFrom, c.validTo, c.status,
                        c.illustrative)
                    """ + FROM + FILTER)
    List<CertificationRow> findRows(
            @Param("scope") Long scope,
            @Param("filter") Long filter,
            @Param("q") String q,
            @Param("pattern") String pattern,
            @Param("type") CertificationType type,
            @Param("productId") Long productId,
            @Param("status") CertificationStatus status,
            @Param("valid") CertificationStatus valid,
            @Param("expiring") boolean expiring,
            @Param("expiringFrom") LocalDate expiringFrom,
            @Param("expiringTo") LocalDate expiringTo,
            @Param("byDate") boolean byDate,
            @Param("validOn") LocalDate validOn,
            @Param("cooperativeId") Long cooperativeId,
            @Param("enterpriseId") Long enterpriseId,
            @Param("chainId") Long chainId,
            Pageable pageable);

    @Query("select count(c) " + FROM + FILTER)
    long countRows(
            @Param("scope") Long scope,
            @Param("filter") Long filter,
            @Param("q") String q,
            @Param("pattern") String pattern,
            @Param("type") CertificationType type,
            @Param("productId") Long productId,
            @Param("status") CertificationStatus status,
            @Param("valid") CertificationStatus valid,
            @Param("expiring") boolean expiring,
            @Param("expiringFrom") LocalDate expiringFrom,
            @Param("expiringTo") LocalDate expiringTo,
            @Param("byDate") boolean byDate,
            @Param("validOn") LocalDate validOn,
            @Param("cooperativeId") Long cooperativeId,
            @Param("enterpriseId") Long enterpriseId,
            @Param("chainId") Long chainId);

    @Query("""
            select c from Certification c
              left join fetch c.holder.cooperative hc left join fetch hc.administrativeUnit
              left join fetch c.holder.enterprise he left join fetch he.administrativeUnit
              left join fetch c.product
            where c.id = :id
            """)
    Optional<Certification> findDetailedById(@Param("id") long id);

    /** Certificates still marked valid whose end date falls in the window, for expiry reminders. */
    List<Certification> findByStatusAndValidToBetweenOrderByValidToAsc(
            CertificationStatus status, LocalDate from, LocalDate to);
}
