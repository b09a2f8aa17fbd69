package vn.valuechain.enterprise;

import static vn.valuechain.shared.domain.Text.blankToNull;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.geo.AdministrativeUnit;
import vn.valuechain.geo.GeoService;
import vn.valuechain.shared.jpa.RecordWrites;
import vn.valuechain.shared.jpa.SearchPattern;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.web.NotFoundException;

/**
 * Enterprises that buy, process, supply inputs or serve in chains, in the province or outside it. A DISTRICT
 * user sees only those of their unit and below (an enterprise outside the province has no unit, so none of
 * those); any other is "not found" for them.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class EnterpriseService extends RecordWrites<Enterprise, EnterpriseData> {

    private final EnterpriseRepository enterprises;
    private final GeoService geo;
    private final SearchPattern.Maker searchPatterns;

    public Page<EnterpriseRow> list(EnterpriseFilter filter, Pageable pageable, UnitScopedUser user) {
        SearchPattern search = searchPatterns.of(filter.searchText());
        return enterprises.findRows(
                GeoService.scopeRoot(user),
                filter.getUnitId(),
                search.text(),
                search.pattern(),
                filter.getInProvince(),
                filter.getRole(),
                filter.getStatus(),
                pageable);
    }

    /** For pickers: the first matches of a name or tax code, within the user's reach. */
    public List<EnterpriseRow> search(String q, UnitScopedUser user) {
        EnterpriseFilter filter = new EnterpriseFilter(q, null, null, null, null, null);
        return list(filter, PageRequest.of(0, 20, Sort.by("name")), user).getContent();
    }

    public EnterpriseDetails details(long id, UnitScopedUser user) {
        Enterprise e = visible(id, user);
        AdministrativeUnit unit = e.getAdministrativeUnit();
        return new EnterpriseDetails(
                e.getId(),
                e.getVersion(),
                data(e),
                unit == null || unit.getParent() == null
                        ? null
                        : unit.getParent().getName(),
                e.isIllustrative(),
                e.lastChangedBy(),
                e.lastChangedAt());
    }

    /**
     * The enterprise itself, for a feature that refers to it (a certificate's holder, a contract's party),
     * with the same 404 for one missing or outside the user's reach.
     */
    public Enterprise get(long id, UnitScopedUser user) {
        return visible(id, user);
    }

    /** Whether the unit may be given to an enterprise by this user (a DISTRICT user: only within their unit). */
    /** Among these enterprises, those the user may open (a DISTRICT user: those of their unit), in one query. */
    public java.util.Set<Long> visibleIds(java.util.Collection<Long> ids, UnitScopedUser user) {
        if (user == null || !user.isDistrictUser() || ids.isEmpty()) {
            return java.util.Set.copyOf(ids);
        }
        return java.util.Set.copyOf(enterprises.findIdsIn(ids, geo.scopeOf(user).ids()));
    }

    public boolean unitAllowed(Long unitId, UnitScopedUser user) {
        return unitId == null
                ? user == null || !user.isDistrictUser()
                : geo.scopeOf(user).contains(unitId);
    }

    public boolean taxCodeTaken(String code, Long exceptId) {
        return taken(code, exceptId, enterprises::taxCodeTaken);
    }

    /** For imports: the enterprises with this tax code, at most one. */
    public List<Long> idsByTaxCode(String code) {
        return enterprises.findIdsByTaxCode(code.trim());
    }

    /** For imports: the enterprises of this exact name (case ignored) in this unit, or anywhere when unit is unknown. */
    public List<Long> idsByName(String name, boolean anyUnit, Long unitId) {
        return anyUnit ? enterprises.findIdsByName(name.trim()) : enterprises.findIdsByNameInUnit(name.trim(), unitId);
    }

    /** Refused with the reason when chains, contracts or certificates refer to it: close it instead. */
    @Transactional
    public void delete(long id, UnitScopedUser user) {
        deleteUnlessReferred(enterprises, visible(id, user), EnterpriseService::reasonFor);
    }

    /** Marks an illustrative record of the demo data (shown with a badge), never one of real data. */
    @Transactional
    public void markIllustrative(long id) {
        visible(id, null).setIllustrative(true);
    }

    /** What an enterprise still referred to becomes instead of being deleted: its history stays whole. */
    @Transactional
    public void close(long id, UnitScopedUser user) {
        visible(id, user).setStatus(EnterpriseStatus.CLOSED);
    }

    /** The database names the reference that blocked the delete; say it in the user's words. */
    private static String reasonFor(String message) {
        if (message.contains("chain_participant")) {
            return "enterprise.inUse.chain";
        }
        if (message.contains("linkage_contract")) {
            return "enterprise.inUse.contract";
        }
        if (message.contains("certification")) {
            return "enterprise.inUse.certification";
        }
        return "enterprise.inUse.other";
    }

    @Override
    protected Enterprise visible(long id, UnitScopedUser user) {
        return found(enterprises.findDetailedById(id).filter(e -> geo.reaches(user, e.getAdministrativeUnit())), id);
    }

    @Override
    protected void apply(Enterprise e, EnterpriseData d, UnitScopedUser user) {
        if (!unitAllowed(d.unitId(), user)) {
            throw new NotFoundException("AdministrativeUnit", d.unitId());
        }
        e.setName(d.name().trim());
        e.setTaxCode(blankToNull(d.taxCode()));
        e.setInProvince(d.inProvince());
        e.setAdministrativeUnit(d.unitId() == null ? null : geo.get(d.unitId()));
        e.setAddress(blankToNull(d.address()));
        e.setRepresentative(blankToNull(d.representative()));
        e.setPhone(blankToNull(d.phone()));
        // Replace the contents, not the collection, so Hibernate updates only the rows that changed.
        e.getRoles().clear();
        if (d.roles() != null) {
            e.getRoles().addAll(d.roles());
        }
        e.setStatus(d.status());
        e.setNote(blankToNull(d.note()));
    }

    private static EnterpriseData data(Enterprise e) {
        Set<EnterpriseRole> roles = new HashSet<>(e.getRoles());
        return new EnterpriseData(
                e.getName(),
                e.getTaxCode(),
                e.isInProvince(),
                e.getAdministrativeUnit() == null
                        ? null
                        : e.getAdministrativeUnit().getId(),
                e.getAdministrativeUnit() == null
                        ? null
                        : e.getAdministrativeUnit().getName(),
                e.getAddress(),
                e.getRepresentative(),
                e.getPhone(),
                roles,
                e.getStatus(),
                e.getNote());
    }
}
