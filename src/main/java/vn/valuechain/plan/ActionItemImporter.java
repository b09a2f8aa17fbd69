package vn.valuechain.plan;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.valuechain.agency.AgencyResolver.ResolvedAgency;
import vn.valuechain.plan.ActionItemService.ItemData;
import vn.valuechain.plan.ActionItemService.ItemReader;
import vn.valuechain.plan.PlanRows.PlanView;
import vn.valuechain.plan.PlanRows.SectionRow;
import vn.valuechain.shared.imports.ImportColumn;
import vn.valuechain.shared.imports.ImportKind;
import vn.valuechain.shared.imports.ImportRow;
import vn.valuechain.shared.imports.RowPlan;
import vn.valuechain.shared.imports.TableImporter;

/**
 * Action items from a table ("Nhiệm vụ kế hoạch", the item list's own export): matched by plan document number,
 * section code and number in the section; the plan and the section must exist. Timeframe and agency cells are read
 * by the plan's own readers and saved through {@link ActionItemService} exactly as the item form saves them.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ActionItemImporter implements TableImporter {

    static final String PLAN = "items.plan";
    static final String SECTION = "items.section";
    static final String ORDINAL = "framework.ordinal";
    static final String CONTENT = "framework.content";
    static final String INPUTS = "framework.inputActivities";
    static final String OUTPUTS = "framework.expectedOutputs";
    static final String TIMEFRAME = "framework.timeframe";
    static final String LEAD = "framework.lead";
    static final String COORDINATING = "framework.coordinating";
    static final String SUPPORTING = "framework.supporting";

    /** The item form's limits. */
    private static final int MAX_ORDINAL = 20;

    private static final int MAX_TEXT = 5000;
    private static final int MAX_TIMEFRAME = 500;
    private static final int MAX_AGENCIES = 3000;
    private static final int MAX_PHRASE = 500;

    private final ActionItemService items;
    private final PlanService plans;

    @Override
    public ImportKind about() {
        return new ImportKind("action-items", "items.title", "nhiem-vu-ke-hoach", 50);
    }

    @Override
    public List<ImportColumn> columns() {
        // The example row takes the first plan and its first section from the drop-down lists. The content may be
        // left out of a file that changes other fields (a new item still needs it).
        return List.of(
                ImportColumn.text(PLAN).mandatory().choices(plans::documentNumbers),
                ImportColumn.text(SECTION).mandatory().choices(plans::sectionCodes),
                ImportColumn.text(ORDINAL).mandatory().example("99"),
                ImportColumn.text(CONTENT).example("Tập huấn kỹ thuật canh tác dừa hữu cơ cho nông dân"),
                ImportColumn.text(INPUTS).example("Khảo sát nhu cầu; mở 2 lớp tập huấn tại các xã"),
                ImportColumn.text(OUTPUTS).example("200 lượt nông dân được tập huấn"),
                ImportColumn.text(TIMEFRAME).example("Năm 2019 - 2020"),
                ImportColumn.text(LEAD).example("Sở Nông nghiệp và PTNT"),
                ImportColumn.text(COORDINATING).example("UBND các huyện Chợ Lách, Mỏ Cày Nam"),
                ImportColumn.text(SUPPORTING));
    }

    @Override
    public RowPlan plan(ImportRow row) {
        String number = row.raw(PLAN);
        String code = row.raw(SECTION);
        String ordinal = row.raw(ORDINAL);
        String name = Stream.of(number, code, ordinal).filter(Objects::nonNull).collect(Collectors.joining(" "));
        row.require(PLAN, number);
        row.require(SECTION, code);
        row.require(ORDINAL, ordinal);
        PlanView plan = number == null
                ? null
                : row.context()
                        .cached(
                                "plan",
                                number.strip(),
                                k -> plans.byDocumentNumber(k).orElse(null));
        if (number != null && plan == null) {
            row.error(PLAN, "import.item.noPlan", number);
        }
        SectionRow section = plan == null || code == null ? null : section(row, plan, code);
        if (plan != null && code != null && section == null) {
            row.error(SECTION, "import.item.noSection", code, plan.documentNumber());
        }
        if (ordinal != null && ordinal.length() > MAX_ORDINAL) {
            row.error(ORDINAL, "import.value.tooLong", MAX_ORDINAL);
        }
        if (section == null || ordinal == null || row.hasErrors()) {
            return RowPlan.invalid(name);
        }
        Long id = items.idInSection(section.id(), ordinal).orElse(null);
        ItemData current = id == null ? blank(plan, section, ordinal) : items.data(id);
        ItemReader reader = row.context().cached("reader", plan.id(), items::reader);

        String content = row.text(CONTENT, current.content(), MAX_TEXT);
        row.require(CONTENT, content);
        String inputs = row.text(INPUTS, current.inputActivities(), MAX_TEXT);
        String outputs = row.text(OUTPUTS, current.expectedOutputs(), MAX_TEXT);
        String timeframe = row.text(TIMEFRAME, current.timeframeText(), MAX_TIMEFRAME);
        String lead = agencies(row, LEAD, current.lead(), reader, timeframe);
        String coordinating = agencies(row, COORDINATING, current.coordinating(), reader, timeframe);
        String supporting = agencies(row, SUPPORTING, current.supporting(), reader, timeframe);

        ItemData data = new ItemData(
                id,
                current.version(),
                plan.id(),
                section.id(),
                current.ordinal(),
                content,
                inputs,
                outputs,
                timeframe,
                lead,
                coordinating,
                supporting,
                current.doneOn());
        String key = plan.id() + "|" + section.id() + "|" + ordinal.strip().toLowerCase(Locale.ROOT);
        String label = plan.documentNumber() + " " + section.code() + "." + current.ordinal();
        Runnable save = () -> items.save(data, reader);
        return id == null ? RowPlan.create(key, label, save) : RowPlan.update(key, label, save);
    }

    private SectionRow section(ImportRow row, PlanView plan, String code) {
        return row.context().cached("sections", plan.id(), plans::sections).stream()
                .filter(s -> s.code().equalsIgnoreCase(code.strip()))
                .findFirst()
                .orElse(null);
    }

    /**
     * An agency cell as the plan writes it, checked by the form's limits. It changes the item when it reads as other
     * phrases than the item's (one per line, as exported), so a cell written on one line with commas that reads as
     * the same agencies changes nothing.
     */
    private static String agencies(ImportRow row, String key, String current, ItemReader reader, String timeframe) {
        if (!row.has(key)) {
            return current;
        }
        String cell = row.raw(key);
        if (cell != null && cell.length() > MAX_AGENCIES) {
            row.error(key, "import.value.tooLong", MAX_AGENCIES);
            return current;
        }
        if (cell != null && cell.lines().anyMatch(l -> l.length() > MAX_PHRASE)) {
            row.error(key, "import.item.phraseTooLong", MAX_PHRASE);
            return current;
        }
        String phrases = phrases(reader.agencies(cell, reader.timeframe(timeframe)));
        String before = current == null ? "" : current;
        if (!phrases.equals(before)) {
            row.change(key, before.replace("\n", "; "), phrases.replace("\n", "; "));
        }
        return cell;
    }

    /** The phrases of a cell one per line, as {@link ActionItemService#data} gives an item's. */
    private static String phrases(List<ResolvedAgency> resolved) {
        return resolved.stream().map(ResolvedAgency::writtenAs).distinct().collect(Collectors.joining("\n"));
    }

    private static ItemData blank(PlanView plan, SectionRow section, String ordinal) {
        return new ItemData(
                null, 0, plan.id(), section.id(), ordinal.strip(), null, null, null, null, null, null, null, null);
    }
}
