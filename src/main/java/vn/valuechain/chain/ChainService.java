package vn.valuechain.chain;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.chain.ChainDetails.Participant;
import vn.valuechain.chain.ChainDetails.UnitLabel;
import vn.valuechain.cooperative.Cooperative;
import vn.valuechain.enterprise.Enterprise;
import vn.valuechain.geo.GeoService;
import vn.valuechain.geo.UnitScope;
import vn.valuechain.party.Party;
import vn.valuechain.party.PartyKind;
import vn.valuechain.plan.Plan;
import vn.valuechain.product.ProductService;
import vn.valuechain.shared.cache.FiguresCache;
import vn.valuechain.shared.history.HistoryEntry;
import vn.valuechain.shared.history.HistoryService;
import vn.valuechain.shared.jpa.SearchPattern;
import vn.valuechain.shared.jpa.StaleEdit;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.web.InUseException;
import vn.valuechain.shared.web.NotFoundException;

/**
 * Value chains (linkage projects): where they run, which stages they require, and who takes part at each.
 * A DISTRICT user sees the chains that run in their unit or below; any other is "not found" for them.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ChainService {

    private final ChainRepository chains;
    private final ChainParticipantRepository participants;
    private final GeoService geo;
    private final SearchPattern.Maker searchPatterns;
    private final ProductService products;
    private final HistoryService history;
    private final EntityManager em;
    private final FiguresCache figures;

    /**
     * "Lịch sử thay đổi" of the chain with its participants' arrivals, changes and departures (they and the required
     * stages drive the chain's score), newest first; the caller has checked the user may see the chain.
     */
    public List<HistoryEntry> history(long id) {
        List<HistoryEntry> entries = new ArrayList<>(history.history(Chain.class, id));
        entries.addAll(history.childrenHistory(
                ChainParticipant.class, "chain", id, "history.subject.participant", "party", Set.of("chain")));
        entries.sort(Comparator.comparingLong(HistoryEntry::revision).reversed());
        return entries;
    }

    public Page<ChainRow> list(ChainFilter filter, Pageable pageable, UnitScopedUser user) {
        SearchPattern search = searchPatterns.of(filter.searchText());
        ListQuery query = new ListQuery(
                GeoService.scopeRoot(user),
                filter.getUnitId(),
                search.text(),
                search.pattern(),
                filter.getProductId(),
                filter.getStatus(),
                filter.getPlanId());
        return figures.page(query.rows(chains, pageable), pageable, query, () -> query.count(chains));
    }

    /** The values of the list's query, the same for its page and its total; also the key its total is kept under. */
    private record ListQuery(
            Long scope, Long unit, String q, String pattern, Long productId, ChainStatus status, Long planId) {

        List<ChainRow> rows(ChainRepository chains, Pageable pageable) {
            return chains.findRows(scope, unit, q, pattern, productId, status, planId, pageable);
        }

        long count(ChainRepository chains) {
            return chains.countRows(scope, unit, q, pattern, productId, status, planId);
        }
    }

    public List<ChainRow> search(String q, UnitScopedUser user) {
        ChainFilter filter = new ChainFilter(q, null, null, null, null, null);
        return list(filter, PageRequest.of(0, 20, Sort.by("name")), user).getContent();
    }

    /** The chains a cooperative or an enterprise takes part in, within the user's reach. */
    public List<PartyChainRow> chainsOf(Long cooperativeId, Long enterpriseId, UnitScopedUser user) {
        UnitScope scope = geo.scopeOf(user);
        return participants.findChainsOfParty(cooperativeId, enterpriseId, scope.unrestricted(), scope.ids());
    }

    /** For imports: the chains of this exact name (case ignored); a chain's name is how people tell chains apart. */
    /** Among these chains, those the user may open (a DISTRICT user: those running in their unit), in one query. */
    public java.util.Set<Long> visibleIds(java.util.Collection<Long> ids, UnitScopedUser user) {
        if (user == null || !user.isDistrictUser() || ids.isEmpty()) {
            return java.util.Set.copyOf(ids);
        }
        return java.util.Set.copyOf(
                chains.findIdsRunningIn(ids, geo.scopeOf(user).ids()));
    }

    public List<Long> idsByName(String name) {
        return chains.findIdsByName(name.trim());
    }

    /** 404 when the chain does not exist or is out of the user's reach, as its page would answer. */
    public void requireVisible(long id, UnitScopedUser user) {
        visible(id, user);
    }

    public ChainDetails details(long id, UnitScopedUser user) {
        Chain c = visible(id, user);
        List<UnitLabel> units = c.getUnits().stream()
                .map(u -> new UnitLabel(u.getId(), u.getName()))
                .sorted(Comparator.comparing(UnitLabel::name))
                .toList();
        List<Participant> people = participants.findForChain(id).stream()
                .map(ChainService::participant)
                .toList();
        return new ChainDetails(
                c.getId(),
                c.getVersion(),
                data(c),
                c.getProduct().getName(),
                c.getPlan() == null ? null : c.getPlan().getDocumentNumber(),
                units,
                people,
                c.isIllustrative(),
                c.lastChangedBy(),
                c.lastChangedAt());
    }

    @Transactional
    public long create(ChainData data) {
        return create(data, null);
    }

    /** A chain a plan sets up (the form has no plan field: a plan's chains come with the plan). */
    @Transactional
    public long create(ChainData data, Long planId) {
        Chain c = new Chain();
        apply(c, data);
        c.setPlan(planId == null ? null : find(Plan.class, planId));
        return chains.save(c).getId();
    }

    @Transactional
    public void update(long id, long version, ChainData data) {
        Chain c = visible(id, null);
        StaleEdit.check(c, version);
        apply(c, data);
    }

    /** Refused with the reason when contracts or a plan refer to the chain: suspend or complete it instead. */
    @Transactional
    public void delete(long id) {
        Chain c = visible(id, null);
        try {
            chains.delete(c);
            chains.flush();
        } catch (DataIntegrityViolationException e) {
            String message = InUseException.databaseMessage(e);
            throw new InUseException(
                    message.contains("linkage_contract")
                            ? "chain.inUse.contract"
                            : message.contains("plan_section") ? "chain.inUse.plan" : "chain.inUse.other",
                    e);
        }
    }

    /**
     * Adds a party to the chain once: a party already there, or added by someone else at the same moment (the
     * database's unique indexes, V50), is refused with {@link AlreadyParticipantException}.
     */
    @Transactional
    public void addParticipant(long chainId, ParticipantData data) {
        Chain chain = visible(chainId, null);
        Party party = party(data);
        if (chain.getParticipants().stream().anyMatch(p -> p.getParty().samePartyAs(party))) {
            throw new AlreadyParticipantException(null);
        }
        takeLead(chain, data);
        ChainParticipant participant = chain.addParticipant(party, data.role());
        fill(participant, data);
        try {
            chains.flush();
        } catch (DataIntegrityViolationException e) {
            String message = InUseException.databaseMessage(e);
            if (message.contains("chain_participant_cooperative_uk")
                    || message.contains("chain_participant_enterprise_uk")
                    || message.contains("chain_participant_households_uk")) {
                throw new AlreadyParticipantException(e);
            }
            throw e;
        }
    }

    /** Changes a participant's role, lead, stages, households and note (its party stays: that is what it is). */
    @Transactional
    public void updateParticipant(long chainId, long participantId, ParticipantData data) {
        Chain chain = visible(chainId, null);
        ChainParticipant participant = chain.getParticipants().stream()
                .filter(p -> p.getId() == participantId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException("ChainParticipant", participantId));
        takeLead(chain, data);
        participant.setRole(data.role());
        fill(participant, data);
    }

    private Party party(ParticipantData data) {
        return switch (data.kind()) {
            case COOPERATIVE -> Party.ofCooperative(find(Cooperative.class, data.partyId()));
            case ENTERPRISE -> Party.ofEnterprise(find(Enterprise.class, data.partyId()));
            case HOUSEHOLDS -> Party.ofHouseholds(data.householdsName().trim());
        };
    }

    private void takeLead(Chain chain, ParticipantData data) {
        if (data.lead()) {
            // One linkage lead per chain: the new lead takes over.
            chain.getParticipants().forEach(p -> p.setLead(false));
            chains.flush();
        }
    }

    private static void fill(ChainParticipant participant, ParticipantData data) {
        participant.setLead(data.lead());
        participant.setStages(new HashSet<>(data.stages()));
        participant.setHouseholdsCount(data.kind() == PartyKind.HOUSEHOLDS ? data.householdsCount() : null);
        participant.setNote(
                data.note() == null || data.note().isBlank()
                        ? null
                        : data.note().trim());
    }

    @Transactional
    public void removeParticipant(long chainId, long participantId) {
        Chain chain = visible(chainId, null);
        boolean removed = chain.getParticipants().removeIf(p -> p.getId() == participantId);
        if (!removed) {
            throw new NotFoundException("ChainParticipant", participantId);
        }
    }

    private <T> T find(Class<T> type, Long id) {
        T found = id == null ? null : em.find(type, id);
        if (found == null) {
            throw new NotFoundException(type.getSimpleName(), id);
        }
        return found;
    }

    private Chain visible(long id, UnitScopedUser user) {
        Chain c = chains.findDetailedById(id).orElseThrow(() -> new NotFoundException("Chain", id));
        if (user != null
                && user.isDistrictUser()
                && !chains.runsIn(id, geo.scopeOf(user).ids())) {
            throw new NotFoundException("Chain", id);
        }
        return c;
    }

    private void apply(Chain c, ChainData d) {
        c.setName(d.name().trim());
        c.setProduct(products.get(d.productId()));
        c.setStatus(d.status());
        c.setStartedOn(d.startedOn());
        c.setEndedOn(d.endedOn());
        c.getUnits().clear();
        d.unitIds().stream().distinct().forEach(id -> c.getUnits().add(geo.get(id)));
        if (d.requiredStages().isEmpty()) {
            // The form and the import refuse it at the field; no other way in may save a chain that cannot be judged.
            throw new IllegalArgumentException("A chain requires at least one stage");
        }
        c.getRequiredStages().clear();
        c.getRequiredStages().addAll(d.requiredStages());
        c.setScaleUnit(d.scaleUnit());
        c.setPlannedScale(d.plannedScale());
        c.setActualScale(d.actualScale());
        c.setOutputUnit(d.outputUnit());
        c.setPlannedOutput(d.plannedOutput());
        c.setOutputPeriodFrom(d.outputPeriodFrom());
        c.setOutputPeriodTo(d.outputPeriodTo());
        c.setHouseholdsPlanned(d.householdsPlanned());
        c.setHouseholdsActual(d.householdsActual());
        ChainData.Budget b = d.budget();
        c.setBudgetTotal(b.total());
        c.setBudgetInputs(b.inputs());
        c.setBudgetInfrastructure(b.infrastructure());
        c.setBudgetTraining(b.training());
        c.setBudgetCertification(b.certification());
        c.setBudgetTradePromotion(b.tradePromotion());
        c.setBudgetConsultancy(b.consultancy());
        c.setLabelTraceability(d.labelTraceability());
        c.setNeedsNoPurchasedInputs(d.needsNoPurchasedInputs());
        c.setDescription(
                d.description() == null || d.description().isBlank()
                        ? null
                        : d.description().trim());
    }

    private static ChainData data(Chain c) {
        return new ChainData(
                c.getName(),
                c.getProduct().getId(),
                c.getStatus(),
                c.getStartedOn(),
                c.getEndedOn(),
                c.getUnits().stream().map(u -> u.getId()).toList(),
                c.getRequiredStages().isEmpty() ? EnumSet.noneOf(Stage.class) : EnumSet.copyOf(c.getRequiredStages()),
                c.getScaleUnit(),
                c.getPlannedScale(),
                c.getActualScale(),
                c.getOutputUnit(),
                c.getPlannedOutput(),
                c.getOutputPeriodFrom(),
                c.getOutputPeriodTo(),
                c.getHouseholdsPlanned(),
                c.getHouseholdsActual(),
                new ChainData.Budget(
                        c.getBudgetTotal(),
                        c.getBudgetInputs(),
                        c.getBudgetInfrastructure(),
                        c.getBudgetTraining(),
                        c.getBudgetCertification(),
                        c.getBudgetTradePromotion(),
                        c.getBudgetConsultancy()),
                c.isLabelTraceability(),
                c.isNeedsNoPurchasedInputs(),
                c.getDescription());
    }

    private static Participant participant(ChainParticipant p) {
        Party party = p.getParty();
        Long partyId = switch (party.getKind()) {
            case COOPERATIVE -> party.getCooperative().getId();
            case ENTERPRISE -> party.getEnterprise().getId();
            case HOUSEHOLDS -> null;
        };
        List<Stage> stages = new ArrayList<>(p.getStages());
        stages.sort(Comparator.naturalOrder());
        return new Participant(
                p.getId(),
                party.getKind(),
                partyId,
                party.displayName(),
                p.getHouseholdsCount(),
                p.getRole(),
                p.isLead(),
                stages,
                p.getNote());
    }

    /** A participant to add, as the chain page's form submits it. */
    public record ParticipantData(
            PartyKind kind,
            Long partyId,
            String householdsName,
            Integer householdsCount,
            ParticipantRole role,
            boolean lead,
            List<Stage> stages,
            String note) {}
}
