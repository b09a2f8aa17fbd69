package vn.valuechain.chain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.valuechain.chain.ChainDetails.Participant;
import vn.valuechain.chain.ChainService.ParticipantData;
import vn.valuechain.party.PartyKind;
import vn.valuechain.party.PartyLookup;
import vn.valuechain.party.PartyLookup.Found;
import vn.valuechain.shared.imports.ImportColumn;
import vn.valuechain.shared.imports.ImportContext;
import vn.valuechain.shared.imports.ImportKind;
import vn.valuechain.shared.imports.ImportRow;
import vn.valuechain.shared.imports.ImportText;
import vn.valuechain.shared.imports.RowPlan;
import vn.valuechain.shared.imports.TableImporter;
import vn.valuechain.shared.table.CellParsers.Parsed;
import vn.valuechain.shared.table.ColumnType;

/**
 * Chains' participants from a table, one row each: matched by the chain's name and the participant (a cooperative by
 * registration code or name, an enterprise by tax code or name, households by their name), added or changed through
 * {@link ChainService} as on the chain's page. A chain has one lead: a lead in the file takes over from the one
 * recorded, and two leads of one chain in a file are refused.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ChainParticipantImporter implements TableImporter {

    static final String CHAIN = "chain.name";
    static final String KIND = "participant.kind";
    static final String NAME = "participant.name";
    static final String CODE = "participant.code";
    static final String ROLE = "participant.role";
    static final String LEAD = "participant.lead";
    static final String STAGES = "participant.stages";
    static final String HOUSEHOLDS = "participant.householdsCount";
    static final String NOTE = "participant.note";

    private static final String YES = "import.yes";
    private static final String NO = "import.no";

    private final ChainService chains;
    private final PartyLookup parties;

    @Override
    public ImportKind about() {
        return new ImportKind("chain-participants", "participant.import.title", "thanh-vien-chuoi", 31);
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.text(CHAIN).mandatory().example("Chuỗi dừa hữu cơ Định Thủy"),
                ImportColumn.choice(KIND, PartyKind.class).example("Nhóm hộ nông dân"),
                ImportColumn.text(NAME).mandatory().example("Các hộ trồng dừa ấp Phước Khánh"),
                ImportColumn.text(CODE),
                ImportColumn.choice(ROLE, ParticipantRole.class),
                ImportColumn.text(LEAD).choiceKeys(NO, YES),
                ImportColumn.text(STAGES).example("Sản xuất"),
                ImportColumn.of(HOUSEHOLDS, ColumnType.INTEGER).example("35"),
                ImportColumn.text(NOTE));
    }

    @Override
    public RowPlan plan(ImportRow row) {
        ImportContext context = row.context();
        String chainName = row.raw(CHAIN);
        String partyName = row.raw(NAME);
        String shown = (chainName == null ? "" : chainName) + " — " + (partyName == null ? "" : partyName);
        row.require(CHAIN, chainName);
        row.require(NAME, partyName);
        PartyKind kind = row.keyChoice(KIND, PartyKind.class);
        if (chainName == null || partyName == null || row.hasErrors()) {
            return RowPlan.invalid(shown);
        }
        List<Long> ids = context.cached(
                "chain", chainName.strip().toLowerCase(java.util.Locale.ROOT), k -> chains.idsByName(chainName));
        if (ids.size() != 1) {
            row.error(CHAIN, ids.isEmpty() ? "import.value.chain" : "import.match.chainAmbiguous");
            return RowPlan.invalid(shown);
        }
        long chainId = ids.get(0);
        String code = row.raw(CODE);
        Parsed<Found> found = context.cached(
                "party",
                List.of(String.valueOf(kind), code == null ? "" : code.strip().toUpperCase(), partyName.strip()),
                k -> parties.find(kind, code == null ? null : code.strip(), partyName.strip()));
        if (found.isError()) {
            row.error(code == null ? NAME : CODE, found.errorKey());
            return RowPlan.invalid(shown);
        }
        Found party = found.value();
        ChainDetails chain = context.cached("chainDetails", chainId, id -> chains.details(id, context.user()));
        Participant existing = chain.participants().stream()
                .filter(p -> party.same(p.kind(), p.partyId(), p.name()))
                .findFirst()
                .orElse(null);

        ParticipantRole role = row.choice(ROLE, ParticipantRole.class, existing == null ? null : existing.role());
        row.require(ROLE, role);
        Boolean lead = row.flag(LEAD, existing != null && existing.lead(), YES, NO);
        if (Boolean.TRUE.equals(lead)) {
            int[] first = context.cached("lead", chainId, id -> new int[] {row.number()});
            if (first[0] != row.number()) {
                row.error(LEAD, "import.value.leadTwice", first[0]);
            }
        }
        Set<Stage> stages = row.choices(
                STAGES,
                Stage.class,
                existing == null || existing.stages().isEmpty()
                        ? EnumSet.noneOf(Stage.class)
                        : EnumSet.copyOf(existing.stages()));
        if (stages == null || stages.isEmpty()) {
            row.error(STAGES, "participant.stages.required");
        }
        Integer households = existing == null ? null : existing.householdsCount();
        if (party.kind() == PartyKind.HOUSEHOLDS) {
            households = row.integer(HOUSEHOLDS, households);
            if (households != null && households < 0) {
                row.error(HOUSEHOLDS, "import.value.notNegative");
            }
        } else if (row.raw(HOUSEHOLDS) != null) {
            row.error(HOUSEHOLDS, "import.value.householdsOnly");
        }
        String note = row.text(NOTE, existing == null ? null : existing.note(), 1000);

        ParticipantData data = new ParticipantData(
                party.kind(),
                party.id(),
                party.kind() == PartyKind.HOUSEHOLDS ? party.name() : null,
                households,
                role,
                Boolean.TRUE.equals(lead),
                stages == null ? List.of() : new ArrayList<>(stages),
                note);
        String key = "participant:" + chainId + ":" + party.kind() + ":"
                + (party.id() != null ? party.id() : ImportText.normalize(party.name()));
        String name = chain.data().name() + " — " + party.name();
        if (existing == null) {
            return RowPlan.create(key, name, () -> chains.addParticipant(chainId, data));
        }
        return RowPlan.update(key, name, () -> chains.updateParticipant(chainId, existing.id(), data));
    }
}
