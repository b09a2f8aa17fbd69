package vn.valuechain.certification;

import static vn.valuechain.shared.domain.Text.blankToNull;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.chain.ChainService;
import vn.valuechain.cooperative.Cooperative;
import vn.valuechain.cooperative.CooperativeService;
import vn.valuechain.enterprise.Enterprise;
import vn.valuechain.enterprise.EnterpriseService;
import vn.valuechain.geo.AdministrativeUnit;
import vn.valuechain.geo.GeoService;
import vn.valuechain.party.Party;
import vn.valuechain.product.ProductService;
import vn.valuechain.shared.cache.FiguresCache;
import vn.valuechain.shared.jpa.RecordWrites;
import vn.valuechain.shared.jpa.SearchPattern;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.time.OfficeTime;

/**
 * Certificates (VietGAP, GlobalGAP, organic, food safety, OCOP, growing-area codes) held by a cooperative, an
 * enterprise or a group of households. A DISTRICT user sees only those whose holder is in their unit and
 * below; households have no unit, so theirs are for province-wide users only.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CertificationService extends RecordWrites<Certification, CertificationData> {

    private static final int PANEL_SIZE = 100;

    private final CertificationRepository certifications;
    private final GeoService geo;
    private final SearchPattern.Maker searchPatterns;
    private final ProductService products;
    private final CooperativeService cooperatives;
    private final EnterpriseService enterprises;
    private final ChainService chains;
    private final EntityManager em;
    private final OfficeTime officeTime;
    private final FiguresCache figures;

    /** Expiry is a matter of the office's day, wherever the server's clock is set. */
    public LocalDate today() {
        return officeTime.today();
    }

    public Page<CertificationRow> list(CertificationFilter filter, Pageable pageable, UnitScopedUser user) {
        SearchPattern search = searchPatterns.of(filter.searchText());
        LocalDate today = today();
        ListQuery query = new ListQuery(
                GeoService.scopeRoot(user),
                filter.getUnitId(),
                search.text(),
                search.pattern(),
                filter.getType(),
                filter.getProductId(),
                filter.getStatus(),
                filter.expiringDays() != null,
                today,
                today.plusDays(filter.expiringDays() == null ? 0 : filter.expiringDays()),
                filter.validOnDate() != null,
                filter.validOnDate() != null ? filter.validOnDate() : today,
                filter.getCooperativeId(),
                filter.getEnterpriseId(),
                filter.getChainId());
        return figures.page(query.rows(certifications, pageable), pageable, query, () -> query.count(certifications))
                .map(row -> row.on(today));
    }

    /** The values of the list's query, the same for its page and its total; also the key its total is kept under. */
    private record ListQuery(
            Long scope,
            Long unit,
            String q,
            String pattern,
            CertificationType type,
            Long productId,
            CertificationStatus status,
            boolean expiring,
            LocalDate expiringFrom,
            LocalDate expiringTo,
            boolean byDate,
            LocalDate validOn,
            Long cooperativeId,
            Long enterpriseId,
            Long chainId) {

        List<CertificationRow> rows(CertificationRepository certifications, Pageable pageable) {
            return certifications.findRows(
                    scope,
                    unit,
                    q,
                    pattern,
                    type,
                    productId,
                    status,
                    CertificationStatus.VALID,
                    expiring,
                    expiringFrom,
                    expiringTo,
                    byDate,
                    validOn,
                    cooperativeId,
                    enterpriseId,
                    chainId,
                    pageable);
        }

        long count(CertificationRepository certifications) {
            return certifications.countRows(
                    scope,
                    unit,
                    q,
                    pattern,
                    type,
                    productId,
                    status,
                    CertificationStatus.VALID,
                    expiring,
                    expiringFrom,
                    expiringTo,
                    byDate,
                    validOn,
                    cooperativeId,
                    enterpriseId,
                    chainId);
        }
    }

    /** A cooperative's certificates, for its record page; 404 when the cooperative is out of reach. */
    public List<CertificationRow> ofCooperative(long cooperativeId, UnitScopedUser user) {
        cooperatives.details(cooperativeId, user);
        return panel(CertificationFilter.ofCooperative(cooperativeId), user);
    }

    /** An enterprise's certificates, for its record page; 404 when the enterprise is out of reach. */
    public List<CertificationRow> ofEnterprise(long enterpriseId, UnitScopedUser user) {
        enterprises.get(enterpriseId, user);
        return panel(CertificationFilter.ofEnterprise(enterpriseId), user);
    }

    /**
     * The certificates held by a chain's participants (cooperatives, enterprises, households by name), for
     * the chain's page. Each certificate is still shown only to those who may see its holder.
     */
    public List<CertificationRow> ofChain(long chainId, UnitScopedUser user) {
        chains.requireVisible(chainId, user); // like the chain's page: 404 out of reach
        return panel(CertificationFilter.ofChain(chainId), user);
    }

    private List<CertificationRow> panel(CertificationFilter filter, UnitScopedUser user) {
        Sort newestEndFirst = Sort.by(Sort.Order.desc("validTo"), Sort.Order.asc("type"));
        return list(filter, PageRequest.of(0, PANEL_SIZE, newestEndFirst), user).getContent();
    }

    public CertificationDetails details(long id, UnitScopedUser user) {
        Certification c = visible(id, user);
        return new CertificationDetails(
                c.getId(),
                c.getVersion(),
                data(c),
                holderUnit(c) == null ? null : holderUnit(c).getName(),
                CertificationValidity.of(c.getStatus(), c.getValidFrom(), c.getValidTo(), today()),
                c.isIllustrative(),
                c.lastChangedBy(),
                c.lastChangedAt());
    }

    /** Marks an illustrative record of the demo data (shown with a badge), never one of real data. */
    @Transactional
    public void markIllustrative(long id) {
        visible(id, null).setIllustrative(true);
    }

    /** Nothing refers to a certificate, so it is deleted outright; the history keeps what it was. */
    @Transactional
    public void delete(long id, UnitScopedUser user) {
        certifications.delete(visible(id, user));
    }

    @Override
    protected Certification visible(long id, UnitScopedUser user) {
        return found(certifications.findDetailedById(id).filter(c -> geo.reaches(user, holderUnit(c))), id);
    }

    private static AdministrativeUnit holderUnit(Certification c) {
        Party holder = c.getHolder();
        if (holder.getCooperative() != null) {
            return holder.getCooperative().getAdministrativeUnit();
        }
        if (holder.getEnterprise() != null) {
            return holder.getEnterprise().getAdministrativeUnit();
        }
        return null;
    }

    @Override
    protected void apply(Certification c, CertificationData d, UnitScopedUser user) {
        c.setType(d.type());
        // The database requires stars exactly for OCOP; a type changed away from OCOP drops them.
        c.setOcopStars(d.type() == CertificationType.OCOP ? d.ocopStars() : null);
        c.setHolder(holder(d, user));
        c.setProduct(d.productId() == null ? null : products.get(d.productId()));
        c.setAreaHa(d.areaHa());
        c.setNumber(blankToNull(d.number()));
        c.setIssuedBy(blankToNull(d.issuedBy()));
        c.setValidFrom(d.validFrom());
        c.setValidTo(d.validTo());
        c.setStatus(d.status());
        c.setNote(blankToNull(d.note()));
    }

    /** The holder the form names; a cooperative or enterprise out of the user's reach is not found (404). */
    private Party holder(CertificationData d, UnitScopedUser user) {
        return switch (d.holderKind()) {
            case COOPERATIVE -> {
                // The cooperative feature offers no entity, only its record; checking the record applies its
                // rules (exists, within reach), and the reference is then the instance that check loaded.
                cooperatives.details(d.cooperativeId(), user);
                yield Party.ofCooperative(em.getReference(Cooperative.class, d.cooperativeId()));
            }
            case ENTERPRISE -> Party.ofEnterprise(enterprises.get(d.enterpriseId(), user));
            case HOUSEHOLDS -> Party.ofHouseholds(d.householdsName().trim());
        };
    }

    private static CertificationData data(Certification c) {
        Party h = c.getHolder();
        Cooperative coop = h.getCooperative();
        Enterprise ent = h.getEnterprise();
        return new CertificationData(
                c.getType(),
                c.getOcopStars(),
                h.getKind(),
                coop == null ? null : coop.getId(),
                coop == null ? null : coop.getName(),
                ent == null ? null : ent.getId(),
                ent == null ? null : ent.getName(),
                h.getHouseholdsName(),
                c.getProduct() == null ? null : c.getProduct().getId(),
                c.getProduct() == null ? null : c.getProduct().getName(),
                c.getAreaHa(),
                c.getNumber(),
                c.getIssuedBy(),
                c.getValidFrom(),
                c.getValidTo(),
                c.getStatus(),
                c.getNote());
    }
}
