package vn.valuechain.cooperative;

import static vn.valuechain.shared.domain.Text.blankToNull;

import jakarta.persistence.EntityManager;
import java.util.List;
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
import vn.valuechain.geo.UnitScope;
import vn.valuechain.plan.Plan;
import vn.valuechain.product.ProductService;
import vn.valuechain.shared.cache.FiguresCache;
import vn.valuechain.shared.jpa.RecordWrites;
import vn.valuechain.shared.jpa.SearchPattern;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.web.NotFoundException;

/**
 * Cooperatives (HTX), cooperative groups (THT) and unions. A DISTRICT user sees and edits only those of
 * their unit and below; any other is "not found" for them.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CooperativeService extends RecordWrites<Cooperative, CooperativeData> {

    /** The cooperatives a plan's Appendix 1 lists: to found, then to consolidate. */
    public static final List<CooperativeStatus> PLAN_TARGETS =
            List.of(CooperativeStatus.PLANNED, CooperativeStatus.TO_CONSOLIDATE);

    private final CooperativeRepository cooperatives;
    private final GeoService geo;
    private final SearchPattern.Maker searchPatterns;
    private final ProductService products;
    private final EntityManager em;
    private final FiguresCache figures;

    public Page<CooperativeRow> list(CooperativeFilter filter, Pageable pageable, UnitScopedUser user) {
        SearchPattern search = searchPatterns.of(filter.searchText());
        List<Long> matches =
                search.fewMatches(limit -> cooperatives.findMatches(search.pattern(), search.upper(), limit));
        if (matches != null) {
            return matches.isEmpty()
                    ? Page.empty(pageable)
                    : cooperatives.findRowsAmong(
                            matches,
                            GeoService.scopeRoot(user),
                            filter.getUnitId(),
                            filter.getType(),
                            filter.getStatus(),
                            filter.getProductId(),
                            pageable);
        }
        ListQuery query = new ListQuery(
                GeoService.scopeRoot(user),
                filter.getUnitId(),
                search.text(),
                search.pattern(),
                search.upper(),
                filter.getType(),
                filter.getStatus(),
                filter.getProductId());
        return figures.page(query.rows(cooperatives, pageable), pageable, query, () -> query.count(cooperatives));
    }

    /** The values of the list's query, the same for its page and its total; also the key its total is kept under. */
    private record ListQuery(
            Long scope,
            Long unit,
            String q,
            String pattern,
            String code,
            CooperativeType type,
            CooperativeStatus status,
            Long productId) {

        List<CooperativeRow> rows(CooperativeRepository cooperatives, Pageable pageable) {
            return cooperatives.findRows(scope, unit, q, pattern, code, type, status, productId, pageable);
        }

        long count(CooperativeRepository cooperatives) {
            return cooperatives.countRows(scope, unit, q, pattern, code, type, status, productId);
        }
    }

    /**
     * The cooperatives the plans mean to found or consolidate, counted per product and target period in the
     * units given (Appendix 1 of a plan), in one grouped query.
     */
    public List<PlanTargetCount> planTargets(UnitScope units) {
        return cooperatives.countPlanTargets(PLAN_TARGETS, units.unrestricted(), units.ids());
    }

    /** For pickers: the first matches of a name or registration code, within the user's reach. */
    public List<CooperativeRow> search(String q, UnitScopedUser user) {
        CooperativeFilter filter = new CooperativeFilter(q, null, null, null, null, null);
        return list(filter, PageRequest.of(0, 20, Sort.by("name")), user).getContent();
    }

    public CooperativeDetails details(long id, UnitScopedUser user) {
        Cooperative c = visible(id, user);
        AdministrativeUnit unit = c.getAdministrativeUnit();
        return new CooperativeDetails(
                c.getId(),
                c.getVersion(),
                data(c),
                unit == null || unit.getParent() == null
                        ? null
                        : unit.getParent().getName(),
                c.getPlan() == null ? null : c.getPlan().getDocumentNumber(),
                c.isIllustrative(),
                c.lastChangedBy(),
                c.lastChangedAt());
    }

    /** Among these cooperatives, those the user may open (a DISTRICT user: those of their unit), in one query. */
    public java.util.Set<Long> visibleIds(java.util.Collection<Long> ids, UnitScopedUser user) {
        if (user == null || !user.isDistrictUser() || ids.isEmpty()) {
            return java.util.Set.copyOf(ids);
        }
        return java.util.Set.copyOf(
                cooperatives.findIdsIn(ids, geo.scopeOf(user).ids()));
    }

    /** Whether the unit may be given to a cooperative by this user (a DISTRICT user: only within their unit). */
    public boolean unitAllowed(Long unitId, UnitScopedUser user) {
        return unitId == null
                ? user == null || !user.isDistrictUser()
                : geo.scopeOf(user).contains(unitId);
    }

    public boolean registrationCodeTaken(String code, Long exceptId) {
        return taken(code, exceptId, cooperatives::registrationCodeTaken);
    }

    /** For imports: the cooperatives with this registration code (case ignored), at most one. */
    public List<Long> idsByRegistrationCode(String code) {
        return cooperatives.findIdsByRegistrationCode(code.trim());
    }

    /** For imports: the cooperatives of this exact name (case ignored) in this unit, or anywhere when unit is unknown. */
    public List<Long> idsByName(String name, boolean anyUnit, Long unitId) {
        return anyUnit
                ? cooperatives.findIdsByName(name.trim())
                : cooperatives.findIdsByNameInUnit(name.trim(), unitId);
    }

    /**
     * A cooperative a plan calls for (to found or to consolidate), linked to that plan with the years it names; the
     * form has no plan field, as such cooperatives come with their plan.
     */
    @Transactional
    public long createForPlan(CooperativeData data, long planId, Integer targetYearFrom, Integer targetYearTo) {
        Plan plan = em.find(Plan.class, planId);
        if (plan == null) {
            throw new NotFoundException("Plan", planId);
        }
        Cooperative c = new Cooperative();
        apply(c, data, null);
        c.setPlan(plan);
        c.setTargetYearFrom(targetYearFrom);
        c.setTargetYearTo(targetYearTo);
        return cooperatives.save(c).getId();
    }

    /** The cooperatives a plan calls for, as an import of its table of cooperatives compares them. */
    public List<PlanCooperative> ofPlan(long planId) {
        return cooperatives.findOfPlan(planId);
    }

    /**
     * Writes what a plan's table of cooperatives says of a cooperative: a new one linked to the plan, or the plan's own
     * (id given) updated in those fields only; its registration, members and contacts stay as they are.
     */
    @Transactional
    public long savePlanCooperative(long planId, PlanCooperative p) {
        Cooperative c;
        if (p.id() == null) {
            Plan plan = em.find(Plan.class, planId);
            if (plan == null) {
                throw new NotFoundException("Plan", planId);
            }
            c = new Cooperative();
            c.setPlan(plan);
        } else {
            c = cooperatives
                    .findById(p.id())
                    .filter(found -> found.getPlan() != null && found.getPlan().getId() == planId)
                    .orElseThrow(() -> new NotFoundException("Cooperative", p.id()));
        }
        c.setType(p.type());
        c.setName(p.name().strip());
        c.setStatus(p.status());
        c.setAdministrativeUnit(p.unitId() == null ? null : geo.get(p.unitId()));
        c.setProduct(p.productId() == null ? null : products.get(p.productId()));
        c.setTargetPeriod(blankToNull(p.targetPeriod()));
        c.setTargetYearFrom(p.targetYearFrom());
        c.setTargetYearTo(p.targetYearTo());
        c.setMinScaleValue(p.minScaleValue());
        c.setMinScaleUnit(p.minScaleValue() == null ? null : p.minScaleUnit());
        c.setNote(blankToNull(p.note()));
        return cooperatives.save(c).getId();
    }

    /** Refused with the reason when chains, contracts or certificates refer to it: dissolve it instead. */
    @Transactional
    public void delete(long id, UnitScopedUser user) {
        deleteUnlessReferred(cooperatives, visible(id, user), CooperativeService::reasonFor);
    }

    @Transactional
    public void dissolve(long id, UnitScopedUser user) {
        visible(id, user).setStatus(CooperativeStatus.DISSOLVED);
    }

    /** The database names the reference that blocked the delete; say it in the user's words. */
    private static String reasonFor(String message) {
        if (message.contains("chain_participant")) {
            return "cooperative.inUse.chain";
        }
        if (message.contains("linkage_contract")) {
            return "cooperative.inUse.contract";
        }
        if (message.contains("certification")) {
            return "cooperative.inUse.certification";
        }
        return "cooperative.inUse.other";
    }

    @Override
    protected Cooperative visible(long id, UnitScopedUser user) {
        return found(cooperatives.findDetailedById(id).filter(c -> geo.reaches(user, c.getAdministrativeUnit())), id);
    }

    @Override
    protected void apply(Cooperative c, CooperativeData d, UnitScopedUser user) {
        if (!unitAllowed(d.unitId(), user)) {
            throw new NotFoundException("AdministrativeUnit", d.unitId());
        }
        c.setType(d.type());
        c.setName(d.name().trim());
        c.setRegistrationCode(blankToNull(d.registrationCode()));
        c.setFoundedOn(d.foundedOn());
        c.setMembers(d.members());
        c.setAdministrativeUnit(d.unitId() == null ? null : geo.get(d.unitId()));
        c.setAddress(blankToNull(d.address()));
        c.setRepresentative(blankToNull(d.representative()));
        c.setPhone(blankToNull(d.phone()));
        c.setProduct(d.productId() == null ? null : products.get(d.productId()));
        c.setStatus(d.status());
        c.setTargetPeriod(blankToNull(d.targetPeriod()));
        c.setMinScaleValue(d.minScaleValue());
        c.setMinScaleUnit(d.minScaleValue() == null ? null : d.minScaleUnit());
        c.setNote(blankToNull(d.note()));
    }

    private static CooperativeData data(Cooperative c) {
        return new CooperativeData(
                c.getType(),
                c.getName(),
                c.getRegistrationCode(),
                c.getFoundedOn(),
                c.getMembers(),
                c.getAdministrativeUnit() == null
                        ? null
                        : c.getAdministrativeUnit().getId(),
                c.getAdministrativeUnit() == null
                        ? null
                        : c.getAdministrativeUnit().getName(),
                c.getAddress(),
                c.getRepresentative(),
                c.getPhone(),
                c.getProduct() == null ? null : c.getProduct().getId(),
                c.getProduct() == null ? null : c.getProduct().getName(),
                c.getStatus(),
                c.getTargetPeriod(),
                c.getMinScaleValue(),
                c.getMinScaleUnit(),
                c.getNote());
    }
}
