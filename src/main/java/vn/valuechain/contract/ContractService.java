package vn.valuechain.contract;

import static vn.valuechain.shared.domain.Text.blankToNull;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.chain.Chain;
import vn.valuechain.chain.ChainService;
import vn.valuechain.cooperative.Cooperative;
import vn.valuechain.enterprise.Enterprise;
import vn.valuechain.geo.AdministrativeUnit;
import vn.valuechain.geo.GeoService;
import vn.valuechain.geo.UnitScope;
import vn.valuechain.party.Party;
import vn.valuechain.party.PartyKind;
import vn.valuechain.party.PartyLinks;
import vn.valuechain.product.ProductService;
import vn.valuechain.shared.cache.FiguresCache;
import vn.valuechain.shared.history.HistoryEntry;
import vn.valuechain.shared.history.HistoryService;
import vn.valuechain.shared.history.StaleEditMerge;
import vn.valuechain.shared.jpa.RecordWrites;
import vn.valuechain.shared.jpa.SearchPattern;
import vn.valuechain.shared.jpa.WrittenJoinOrder;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.time.OfficeTime;
import vn.valuechain.shared.web.LinkReach;
import vn.valuechain.shared.web.NotFoundException;

/**
 * Linkage contracts and their deliveries. A DISTRICT user sees a contract when its chain runs in their unit or a
 * party (cooperative or enterprise) is located there, their unit's subtree included; any other is "not found" for
 * them, wherever its id comes from.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ContractService extends RecordWrites<LinkageContract, ContractData> {

    private static final int PANEL_SIZE = 100;

    private final LinkageContractRepository contracts;
    private final ContractDeliveryRepository deliveries;
    private final GeoService geo;
    private final SearchPattern.Maker searchPatterns;
    private final ProductService products;
    private final HistoryService history;
    private final EntityManager em;
    private final ChainService chains;
    private final PartyLinks partyLinks;
    private final OfficeTime officeTime;
    private final WrittenJoinOrder joinsAsWritten;
    private final FiguresCache figures;

    /**
     * Which chains and parties the contracts' lines may link to for the user: a local official sees a contract of
     * their unit whose chain or other party is of another unit, and is not sent to a page that is a 404 for them.
     */
    public LinkReach linkReach(Collection<ContractRow> rows, UnitScopedUser user) {
        if (user == null || !user.isDistrictUser()) {
            return LinkReach.ALL;
        }
        List<PartyLinks.Ref> parties = new ArrayList<>();
        Set<Long> chainIds = new HashSet<>();
        for (ContractRow r : rows) {
            parties.add(new PartyLinks.Ref(r.seller().kind(), r.seller().id()));
            parties.add(new PartyLinks.Ref(r.buyer().kind(), r.buyer().id()));
            if (r.chainId() != null) {
                chainIds.add(r.chainId());
            }
        }
        return partyLinks.reach(user, parties, chains.visibleIds(chainIds, user));
    }

    /** As {@link #linkReach(Collection, UnitScopedUser)}, for a contract's own page. */
    public LinkReach linkReach(ContractDetails c, UnitScopedUser user) {
        if (user == null || !user.isDistrictUser()) {
            return LinkReach.ALL;
        }
        List<Long> chainIds =
                c.data().chainId() == null ? List.of() : List.of(c.data().chainId());
        return partyLinks.reach(
                user,
                List.of(
                        new PartyLinks.Ref(c.seller().kind(), c.seller().id()),
                        new PartyLinks.Ref(c.buyer().kind(), c.buyer().id())),
                chains.visibleIds(chainIds, user));
    }

    /** "Today" is the office's day, whatever the server's time zone. */
    public LocalDate today() {
        return officeTime.today();
    }

    public Page<ContractRow> list(ContractFilter filter, Pageable pageable, UnitScopedUser user) {
        return rows(filter, null, pageable, user);
    }

    /** For pickers: the first matches of a number or a party's name, within the user's reach. */
    public List<ContractRow> search(String q, UnitScopedUser user) {
        ContractFilter filter = new ContractFilter(q, null, null, null, null, null, null, null, null, null, null, null);
        return list(filter, PageRequest.of(0, 20, newestFirst()), user).getContent();
    }

    // The panels answer 404 for a cooperative, enterprise or chain out of reach, as its page does.
    public ContractPanel panelOfCooperative(long cooperativeId, UnitScopedUser user) {
        reachableCooperative(cooperativeId, geo.scopeOf(user));
        return panel(
                new ContractFilter(null, null, null, null, null, null, null, null, null, cooperativeId, null, null),
                user);
    }

    public ContractPanel panelOfEnterprise(long enterpriseId, UnitScopedUser user) {
        reachableEnterprise(enterpriseId, geo.scopeOf(user));
        return panel(
                new ContractFilter(null, null, null, null, null, null, null, null, null, null, enterpriseId, null),
                user);
    }

    public ContractPanel panelOfChain(long chainId, UnitScopedUser user) {
        reachableChain(chainId, geo.scopeOf(user));
        return panel(
                new ContractFilter(null, null, null, null, chainId, null, null, null, null, null, null, null), user);
    }

    public ContractDetails details(long id, UnitScopedUser user) {
        LinkageContract c = visible(id, user);
        LocalDate today = today();
        List<DeliveryRow> delivered = deliveries.findRows(id);
        BigDecimal total = delivered.stream().map(DeliveryRow::volume).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<ContractRow> renewals = rows(ContractFilter.none(), id, PageRequest.of(0, 50, newestFirst()), user)
                .getContent();
        boolean renewsVisible = c.getRenews() != null && isWithin(c.getRenews().getId(), user);
        return new ContractDetails(
                c.getId(),
                c.getVersion(),
                data(c),
                names(c),
                today,
                ContractState.on(
                        today, c.getStatus(), c.getStatusChangedOn(), c.getSignedOn(), c.getStartOn(), c.getEndOn()),
                delivered,
                Fulfilment.of(c.getVolume(), total),
                renewsVisible,
                renewals,
                c.isIllustrative(),
                c.lastChangedBy(),
                c.lastChangedAt());
    }

    /** The chain a new contract is entered for, when the user may see it. */
    public ChainOption chainOption(long chainId, UnitScopedUser user) {
        Chain chain = reachableChain(chainId, geo.scopeOf(user));
        return new ChainOption(
                chain.getId(), chain.getName(), chain.getProduct().getId());
    }

    public boolean numberTaken(String number, Long exceptId) {
        return taken(number, exceptId, contracts::numberTaken);
    }

    /** For imports: the contracts with this number (case ignored). */
    public List<Long> idsByNumber(String number) {
        return contracts.findIdsByNumber(number.trim());
    }

    /** For imports: the contracts without a number between parties of these names, starting on this day (or not set). */
    public List<Long> idsWithoutNumber(String sellerName, String buyerName, LocalDate startOn) {
        return contracts.findIdsWithoutNumber(
                sellerName.trim(), buyerName.trim(), startOn == null, startOn == null ? LocalDate.EPOCH : startOn);
    }

    /** Whether making {@code id} renew {@code renewsId} would close a loop (a contract renewing itself). */
    public boolean renewalLoop(Long id, Long renewsId) {
        if (id == null || renewsId == null) {
            return false;
        }
        Set<Long> seen = new HashSet<>();
        for (Long current = renewsId; current != null && seen.add(current); current = contracts.renewedId(current)) {
            if (current.equals(id)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A renewal carries on the same seller's contract (domain.md: stable offtake counts a renewal only of the
     * cooperative's own contract): true when the contract named as renewed was sold by another party.
     */
    public boolean renewsAnotherSeller(Long renewsId, PartyData seller) {
        if (renewsId == null || seller.kind() == null) {
            return false;
        }
        return contracts
                .findById(renewsId)
                .map(renewed -> {
                    PartyData was = partyData(renewed.getSeller());
                    return seller.kind() == PartyKind.HOUSEHOLDS
                            ? was.kind() != PartyKind.HOUSEHOLDS
                                    || !String.valueOf(was.householdsName())
                                            .strip()
                                            .equalsIgnoreCase(String.valueOf(seller.householdsName())
                                                    .strip())
                            : !was.sameRecordAs(seller);
                })
                .orElse(false);
    }

    /**
     * After a save refused as stale: what the user typed, merged onto what is stored now (fields the user did not
     * touch take the other person's values). Empty when the version the user started from is not in the history.
     */
    public Optional<ContractData> rebase(long id, long baseVersion, ContractData typed, UnitScopedUser user) {
        LinkageContract stored = visible(id, user);
        return history.atVersion(LinkageContract.class, id, baseVersion)
                .map(base -> StaleEditMerge.merge(data(base), data(stored), typed));
    }

    /** Refused with the reason when another contract renews this one. Its deliveries go with it. */
    @Transactional
    public void delete(long id, UnitScopedUser user) {
        deleteUnlessReferred(contracts, visible(id, user), ContractService::reasonFor);
    }

    @Transactional
    public long addDelivery(long id, DeliveryData data, UnitScopedUser user) {
        LinkageContract c = visible(id, user);
        // Saved on its own rather than through the contract's collection: recording a delivery is not an edit of
        // the contract, so it must not make someone's open edit form of the contract stale.
        ContractDelivery delivery = new ContractDelivery(c, data.deliveredOn(), data.volume());
        delivery.setNote(blankToNull(data.note()));
        return deliveries.save(delivery).getId();
    }

    @Transactional
    public void updateDelivery(long id, long deliveryId, DeliveryData data, UnitScopedUser user) {
        visible(id, user);
        ContractDelivery delivery = deliveries
                .findByIdAndContractId(deliveryId, id)
                .orElseThrow(() -> new NotFoundException("ContractDelivery", deliveryId));
        delivery.setDeliveredOn(data.deliveredOn());
        delivery.setVolume(data.volume());
        delivery.setNote(blankToNull(data.note()));
    }

    /** Marks an illustrative contract of the demo data, with its deliveries (shown with a badge). */
    @Transactional
    public void markIllustrative(long id) {
        visible(id, null).setIllustrative(true);
        deliveries.findByContractId(id).forEach(d -> d.setIllustrative(true));
    }

    @Transactional
    public void deleteDelivery(long id, long deliveryId, UnitScopedUser user) {
        visible(id, user);
        ContractDelivery delivery = deliveries
                .findByIdAndContractId(deliveryId, id)
                .orElseThrow(() -> new NotFoundException("ContractDelivery", deliveryId));
        deliveries.delete(delivery);
    }

    /**
     * "Lịch sử thay đổi" of the contract and of every delivery recorded under it (deleted ones too), newest first.
     * A deleted delivery is shown with the values it had, so the entry says which delivery went.
     */
    public List<HistoryEntry> history(long id, UnitScopedUser user) {
        visible(id, user);
        List<HistoryEntry> entries = new ArrayList<>(history.history(LinkageContract.class, id));
        // The contract they belong to is this page's, and no one edits the demo flag: both only add noise.
        entries.addAll(history.childrenHistory(
                ContractDelivery.class, "contract", id, null, null, Set.of("contract", "illustrative")));
        entries.sort(Comparator.comparingLong(HistoryEntry::revision).reversed());
        return entries;
    }

    private ContractPanel panel(ContractFilter filter, UnitScopedUser user) {
        Page<ContractRow> page = rows(filter, null, PageRequest.of(0, PANEL_SIZE, newestFirst()), user);
        return new ContractPanel(page.getContent(), page.getTotalElements(), today());
    }

    private Page<ContractRow> rows(ContractFilter filter, Long renewsId, Pageable pageable, UnitScopedUser user) {
        // HD-4321 finds 11 of the 70,000 contracts of the national data: 40 ms in the list's query, 2 ms looked up
        // first; "hop tac xa", which every cooperative's name holds, takes about 55 ms more.
        SearchPattern search = searchPatterns.of(filter.searchText());
        List<Long> matches = search.fewMatches(limit -> contracts.findMatches(search.pattern(), limit));
        if (matches != null && matches.isEmpty()) {
            return Page.empty(pageable);
        }
        ListQuery query = query(filter, search, renewsId, user);
        return joinsAsWritten.run(() -> matches != null
                ? query.among(contracts, matches, pageable)
                : figures.page(query.rows(contracts, pageable), pageable, query, () -> query.count(contracts)));
    }

    /**
     * Every row of the list as filtered and sorted, in one pass through a database cursor (exports of any size); the
     * transaction stays open while the caller writes each row.
     */
    public void forEachRow(ContractFilter filter, Sort sort, UnitScopedUser user, Consumer<ContractRow> each) {
        ListQuery query = query(filter, searchPatterns.of(filter.searchText()), null, user);
        try (Stream<ContractRow> rows = joinsAsWritten.run(() -> query.stream(contracts, sort))) {
            rows.forEach(each);
        }
    }

    private ListQuery query(ContractFilter filter, SearchPattern search, Long renewsId, UnitScopedUser user) {
        return new ListQuery(
                GeoService.scopeRoot(user),
                filter.getUnitId(),
                filter.inForceDate() == null,
                filter.inForceDate() == null ? LocalDate.EPOCH : filter.inForceDate(),
                search.text(),
                search.pattern(),
                filter.getType(),
                filter.getStatus(),
                filter.getProductId(),
                filter.getChainId(),
                filter.getCooperativeId(),
                filter.getEnterpriseId(),
                renewsId,
                filter.expiringDays() != null,
                today(),
                today().plusDays(filter.expiringDays() == null ? 0 : filter.expiringDays()));
    }

    /**
     * The values of the list's query, the same for its page, its total, its cursor and a search's few matches; also
     * the key its total is kept under.
     */
    private record ListQuery(
            Long scope,
            Long unit,
            boolean anyDate,
            LocalDate onDate,
            String q,
            String pattern,
            ContractType type,
            ContractStatus status,
            Long productId,
            Long chainId,
            Long cooperativeId,
            Long enterpriseId,
            Long renewsId,
            boolean expiring,
            LocalDate expiringFrom,
            LocalDate expiringTo) {

        List<ContractRow> rows(LinkageContractRepository contracts, Pageable pageable) {
            return contracts.findRows(
                    scope,
                    unit,
                    anyDate,
                    onDate,
                    q,
                    pattern,
                    type,
                    status,
                    productId,
                    chainId,
                    cooperativeId,
                    enterpriseId,
                    renewsId,
                    expiring,
                    expiringFrom,
                    expiringTo,
                    pageable);
        }

        long count(LinkageContractRepository contracts) {
            return contracts.countRows(
                    scope,
                    unit,
                    anyDate,
                    onDate,
                    q,
                    pattern,
                    type,
                    status,
                    productId,
                    chainId,
                    cooperativeId,
                    enterpriseId,
                    renewsId,
                    expiring,
                    expiringFrom,
                    expiringTo);
        }

        Stream<ContractRow> stream(LinkageContractRepository contracts, Sort sort) {
            return contracts.streamRows(
                    scope,
                    unit,
                    anyDate,
                    onDate,
                    q,
                    pattern,
                    type,
                    status,
                    productId,
                    chainId,
                    cooperativeId,
                    enterpriseId,
                    renewsId,
                    expiring,
                    expiringFrom,
                    expiringTo,
                    sort);
        }

        Page<ContractRow> among(LinkageContractRepository contracts, List<Long> ids, Pageable pageable) {
            return contracts.findRowsAmong(
                    ids,
                    scope,
                    unit,
                    anyDate,
                    onDate,
                    type,
                    status,
                    productId,
                    chainId,
                    cooperativeId,
                    enterpriseId,
                    renewsId,
                    expiring,
                    expiringFrom,
                    expiringTo,
                    pageable);
        }
    }

    /** Lists and panels show the latest contracts first; those with no start date yet (drafts) after them. */
    public static Sort newestFirst() {
        return Sort.by(Sort.Order.desc("startOn").nullsLast(), Sort.Order.desc("id"));
    }

    private boolean isWithin(long id, UnitScopedUser user) {
        Long scope = GeoService.scopeRoot(user);
        return scope == null || contracts.isWithin(id, scope);
    }

    @Override
    protected LinkageContract visible(long id, UnitScopedUser user) {
        return found(contracts.findDetailedById(id).filter(c -> isWithin(id, user)), id);
    }

    /** The database names the reference that blocked the delete; say it in the user's words. */
    private static String reasonFor(String message) {
        return message.contains("renews_contract_id") ? "contract.inUse.renewal" : "contract.inUse.other";
    }

    @Override
    protected void apply(LinkageContract c, ContractData d, UnitScopedUser user) {
        UnitScope scope = geo.scopeOf(user);
        c.setType(d.type());
        c.setNumber(blankToNull(d.number()));
        c.setChain(d.chainId() == null ? null : reachableChain(d.chainId(), scope));
        c.setProduct(d.productId() == null ? null : products.get(d.productId()));
        c.setSeller(party(d.seller(), scope));
        c.setBuyer(party(d.buyer(), scope));
        c.setSignedOn(d.signedOn());
        c.setStartOn(d.startOn());
        c.setEndOn(d.endOn());
        c.setStatus(d.status());
        boolean ended = d.status() == ContractStatus.TERMINATED || d.status() == ContractStatus.BROKEN;
        c.setStatusChangedOn(ended ? d.statusChangedOn() : null);
        c.setVolume(d.volume());
        c.setVolumeUnit(d.volume() == null ? null : d.volumeUnit());
        c.setPriceTerms(blankToNull(d.priceTerms()));
        c.setRenews(d.renewsId() == null ? null : visible(d.renewsId(), user));
        c.setNote(blankToNull(d.note()));
    }

    // Cooperatives, enterprises and chains are looked up by id through JPA rather than their features' services:
    // a contract only needs the reference, and the scope rule for it is this feature's.
    private Party party(PartyData p, UnitScope scope) {
        return switch (p.kind()) {
            case COOPERATIVE -> Party.ofCooperative(reachableCooperative(p.cooperativeId(), scope));
            case ENTERPRISE -> Party.ofEnterprise(reachableEnterprise(p.enterpriseId(), scope));
            case HOUSEHOLDS -> Party.ofHouseholds(p.householdsName());
        };
    }

    private Cooperative reachableCooperative(Long id, UnitScope scope) {
        Cooperative co = id == null ? null : em.find(Cooperative.class, id);
        if (co == null || !scope.contains(unitId(co.getAdministrativeUnit()))) {
            throw new NotFoundException("Cooperative", id);
        }
        return co;
    }

    private Enterprise reachableEnterprise(Long id, UnitScope scope) {
        Enterprise en = id == null ? null : em.find(Enterprise.class, id);
        if (en == null || !scope.contains(unitId(en.getAdministrativeUnit()))) {
            throw new NotFoundException("Enterprise", id);
        }
        return en;
    }

    private Chain reachableChain(long chainId, UnitScope scope) {
        Chain chain = em.find(Chain.class, chainId);
        if (chain == null
                || (!scope.unrestricted() && chain.getUnits().stream().noneMatch(u -> scope.contains(u.getId())))) {
            throw new NotFoundException("Chain", chainId);
        }
        return chain;
    }

    private static Long unitId(AdministrativeUnit unit) {
        return unit == null ? null : unit.getId();
    }

    private static ContractData data(LinkageContract c) {
        return new ContractData(
                c.getType(),
                c.getNumber(),
                c.getChain() == null ? null : c.getChain().getId(),
                c.getProduct() == null ? null : c.getProduct().getId(),
                partyData(c.getSeller()),
                partyData(c.getBuyer()),
                c.getSignedOn(),
                c.getStartOn(),
                c.getEndOn(),
                c.getStatus(),
                c.getStatusChangedOn(),
                c.getVolume(),
                c.getVolumeUnit(),
                c.getPriceTerms(),
                c.getRenews() == null ? null : c.getRenews().getId(),
                c.getNote());
    }

    private static PartyData partyData(Party p) {
        return PartyData.of(
                p.getKind(),
                p.getCooperative() == null ? null : p.getCooperative().getId(),
                p.getEnterprise() == null ? null : p.getEnterprise().getId(),
                p.getHouseholdsName());
    }

    private static ContractNames names(LinkageContract c) {
        LinkageContract renews = c.getRenews();
        return new ContractNames(
                c.getChain() == null ? null : c.getChain().getName(),
                c.getProduct() == null ? null : c.getProduct().getName(),
                c.getSeller().displayName(),
                c.getBuyer().displayName(),
                renews == null
                        ? null
                        : ContractRow.label(
                                renews.getNumber(),
                                renews.getSeller().displayName(),
                                renews.getBuyer().displayName()));
    }
}
