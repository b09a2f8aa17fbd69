package vn.valuechain.chain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.valuechain.geo.GeoService;
import vn.valuechain.product.ProductService;
import vn.valuechain.shared.domain.MeasureUnit;
import vn.valuechain.shared.imports.ImportColumn;
import vn.valuechain.shared.imports.ImportKind;
import vn.valuechain.shared.imports.ImportRow;
import vn.valuechain.shared.imports.ImportText;
import vn.valuechain.shared.imports.Ref;
import vn.valuechain.shared.imports.RowPlan;
import vn.valuechain.shared.imports.TableImporter;
import vn.valuechain.shared.table.CellParsers.Parsed;
import vn.valuechain.shared.table.ColumnType;

/**
 * Chains from a table: matched by their name (chains have no code), checked by the form's rules, saved through
 * {@link ChainService}. Their participants are a kind of their own ({@link ChainParticipantImporter}). Reads the list's
 * own export back: its lead and participant counts are not fields, and are left aside.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ChainImporter implements TableImporter {

    static final String NAME = "chain.name";
    static final String PRODUCT = "chain.product";
    static final String STATUS = "chain.status";
    static final String UNITS = "chain.units";
    static final String STARTED = "chain.startedOn";
    static final String ENDED = "chain.endedOn";
    static final String STAGES = "chain.requiredStages";
    static final String SCALE_UNIT = "chain.scaleUnit";
    static final String PLANNED_SCALE = "chain.plannedScale";
    static final String ACTUAL_SCALE = "chain.actualScale";
    static final String OUTPUT_UNIT = "chain.outputUnit";
    static final String PLANNED_OUTPUT = "chain.plannedOutput";
    static final String OUTPUT_FROM = "chain.outputPeriodFrom";
    static final String OUTPUT_TO = "chain.outputPeriodTo";
    static final String HOUSEHOLDS_PLANNED = "chain.householdsPlanned";
    static final String HOUSEHOLDS_ACTUAL = "chain.householdsActual";
    static final String BUDGET_TOTAL = "chain.budgetTotal";
    static final String BUDGET_INPUTS = "chain.budgetInputs";
    static final String BUDGET_INFRASTRUCTURE = "chain.budgetInfrastructure";
    static final String BUDGET_TRAINING = "chain.budgetTraining";
    static final String BUDGET_CERTIFICATION = "chain.budgetCertification";
    static final String BUDGET_TRADE = "chain.budgetTradePromotion";
    static final String BUDGET_CONSULTANCY = "chain.budgetConsultancy";
    static final String LABEL = "chain.labelTraceability";
    static final String NO_INPUTS = "chain.needsNoPurchasedInputs";
    static final String DESCRIPTION = "chain.description";

    private static final String YES = "import.yes";
    private static final String NO = "import.no";

    private final ChainService chains;
    private final GeoService geo;
    private final ProductService products;

    @Override
    public ImportKind about() {
        return new ImportKind("chains", "chain.list.title", "chuoi-gia-tri", 30);
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.text(NAME).mandatory().example("Chuỗi dừa hữu cơ Định Thủy"),
                ImportColumn.text(PRODUCT).choices(products::names).example("Dừa"),
                ImportColumn.choice(STATUS, ChainStatus.class),
                ImportColumn.text(UNITS).choices(geo::labels).example("Xã Định Thủy, Huyện Mỏ Cày Nam"),
                ImportColumn.of(STARTED, ColumnType.DATE).example("01/01/2024"),
                ImportColumn.of(ENDED, ColumnType.DATE).example("31/12/2026"),
                ImportColumn.text(STAGES).example("Đầu vào; Sản xuất; Tiêu thụ"),
                ImportColumn.choice(SCALE_UNIT, MeasureUnit.class).example("ha"),
                ImportColumn.of(PLANNED_SCALE, ColumnType.DECIMAL).example("120"),
                ImportColumn.of(ACTUAL_SCALE, ColumnType.DECIMAL).example("80,5"),
                ImportColumn.choice(OUTPUT_UNIT, MeasureUnit.class).example("tấn"),
                ImportColumn.of(PLANNED_OUTPUT, ColumnType.DECIMAL).example("1500"),
                ImportColumn.of(OUTPUT_FROM, ColumnType.DATE),
                ImportColumn.of(OUTPUT_TO, ColumnType.DATE),
                ImportColumn.of(HOUSEHOLDS_PLANNED, ColumnType.INTEGER).example("150"),
                ImportColumn.of(HOUSEHOLDS_ACTUAL, ColumnType.INTEGER).example("96"),
                ImportColumn.of(BUDGET_TOTAL, ColumnType.DECIMAL).example("2500000000"),
                ImportColumn.of(BUDGET_INPUTS, ColumnType.DECIMAL),
                ImportColumn.of(BUDGET_INFRASTRUCTURE, ColumnType.DECIMAL),
                ImportColumn.of(BUDGET_TRAINING, ColumnType.DECIMAL),
                ImportColumn.of(BUDGET_CERTIFICATION, ColumnType.DECIMAL),
                ImportColumn.of(BUDGET_TRADE, ColumnType.DECIMAL),
                ImportColumn.of(BUDGET_CONSULTANCY, ColumnType.DECIMAL),
                ImportColumn.text(LABEL).choiceKeys(YES, NO),
                ImportColumn.text(NO_INPUTS).choiceKeys(NO, YES),
                ImportColumn.text(DESCRIPTION));
    }

    @Override
    public RowPlan plan(ImportRow row) {
        String written = row.raw(NAME);
        List<Long> ids = written == null
                ? List.of()
                : row.context().cached("chain", key(written), k -> chains.idsByName(written));
        if (ids.size() > 1) {
            row.rowError("import.match.chainAmbiguous");
            return RowPlan.invalid(written);
        }
        ChainDetails existing =
                ids.isEmpty() ? null : chains.details(ids.get(0), row.context().user());
        ChainData current = existing == null ? blank() : existing.data();

        String name = row.text(NAME, current.name(), 300);
        row.require(NAME, name);
        Ref product = row.ref(
                PRODUCT,
                existing == null ? null : Ref.of(current.productId(), existing.productName()),
                text -> row.context().cached("product", ImportText.normalize(text), k -> products.productRef(text)));
        row.require(PRODUCT, product);
        ChainStatus status = row.choice(STATUS, ChainStatus.class, current.status());
        row.require(STATUS, status);
        List<Ref> units = units(row, existing);
        if (units.isEmpty() && !row.hasErrors()) {
            row.error(UNITS, "chain.units.required");
        }
        LocalDate startedOn = row.date(STARTED, current.startedOn());
        LocalDate endedOn = row.date(ENDED, current.endedOn());
        if (startedOn != null && endedOn != null && endedOn.isBefore(startedOn)) {
            row.error(ENDED, "validation.endBeforeStart");
        }
        Set<Stage> stages = row.choices(STAGES, Stage.class, current.requiredStages());
        if (stages == null || stages.isEmpty()) {
            row.error(STAGES, "chain.requiredStages.required");
        }
        MeasureUnit scaleUnit = row.choice(SCALE_UNIT, MeasureUnit.class, current.scaleUnit());
        BigDecimal plannedScale = amount(row, PLANNED_SCALE, current.plannedScale());
        BigDecimal actualScale = amount(row, ACTUAL_SCALE, current.actualScale());
        if ((plannedScale != null || actualScale != null) && scaleUnit == null) {
            row.error(SCALE_UNIT, "import.value.measureUnitRequired");
        }
        MeasureUnit outputUnit = row.choice(OUTPUT_UNIT, MeasureUnit.class, current.outputUnit());
        BigDecimal plannedOutput = amount(row, PLANNED_OUTPUT, current.plannedOutput());
        if (plannedOutput != null && outputUnit == null) {
            row.error(OUTPUT_UNIT, "import.value.measureUnitRequired");
        }
        LocalDate outputFrom = row.date(OUTPUT_FROM, current.outputPeriodFrom());
        LocalDate outputTo = row.date(OUTPUT_TO, current.outputPeriodTo());
        if (outputFrom != null && outputTo != null && outputTo.isBefore(outputFrom)) {
            row.error(OUTPUT_TO, "validation.endBeforeStart");
        }
        Integer householdsPlanned = count(row, HOUSEHOLDS_PLANNED, current.householdsPlanned());
        Integer householdsActual = count(row, HOUSEHOLDS_ACTUAL, current.householdsActual());
        ChainData.Budget b = current.budget();
        ChainData.Budget budget = new ChainData.Budget(
                amount(row, BUDGET_TOTAL, b.total()),
                amount(row, BUDGET_INPUTS, b.inputs()),
                amount(row, BUDGET_INFRASTRUCTURE, b.infrastructure()),
                amount(row, BUDGET_TRAINING, b.training()),
                amount(row, BUDGET_CERTIFICATION, b.certification()),
                amount(row, BUDGET_TRADE, b.tradePromotion()),
                amount(row, BUDGET_CONSULTANCY, b.consultancy()));
        if (budget.total() != null && budget.sumOfCategories().compareTo(budget.total()) > 0) {
            row.error(BUDGET_TOTAL, "chain.budget.categoriesExceedTotal");
        }
        Boolean label = row.flag(LABEL, current.labelTraceability(), YES, NO);
        Boolean noInputs = row.flag(NO_INPUTS, current.needsNoPurchasedInputs(), YES, NO);
        String description = row.text(DESCRIPTION, current.description(), 4000);

        ChainData data = new ChainData(
                name,
                product == null ? null : product.id(),
                status,
                startedOn,
                endedOn,
                units.stream().map(Ref::id).toList(),
                stages == null ? EnumSet.noneOf(Stage.class) : stages,
                scaleUnit,
                plannedScale,
                actualScale,
                outputUnit,
                plannedOutput,
                outputFrom,
                outputTo,
                householdsPlanned,
                householdsActual,
                budget,
                Boolean.TRUE.equals(label),
                Boolean.TRUE.equals(noInputs),
                description);
        String key = name == null ? null : key(name);
        if (existing == null) {
            return RowPlan.create(key, name, () -> chains.create(data));
        }
        return RowPlan.update(key, current.name(), () -> chains.update(existing.id(), existing.version(), data));
    }

    /**
     * The units, separated by semicolons or line breaks, each as a name, "name, parent" or a code. Names the chain
     * runs in already are its units (a commune's name alone may be ambiguous, and the list writes names alone).
     */
    private List<Ref> units(ImportRow row, ChainDetails existing) {
        List<Ref> current = existing == null
                ? List.of()
                : existing.units().stream().map(u -> Ref.of(u.id(), u.name())).toList();
        if (!row.has(UNITS)) {
            return current;
        }
        Set<Ref> found = new LinkedHashSet<>();
        String text = row.raw(UNITS);
        for (String part : text == null ? new String[0] : text.split("[;\\n]")) {
            if (part.isBlank()) {
                continue;
            }
            String wanted = ImportText.normalize(part);
            Ref known = current.stream()
                    .filter(u -> ImportText.normalize(u.name()).equals(wanted))
                    .findFirst()
                    .orElse(null);
            if (known != null) {
                found.add(known);
                continue;
            }
            Parsed<Ref> unit = row.context().cached("unit", part.trim(), geo::unitRef);
            if (unit.isError()) {
                row.error(UNITS, unit.errorKey());
                return current;
            }
            found.add(unit.value());
        }
        List<Ref> units = new ArrayList<>(found);
        if (!Set.copyOf(units).equals(Set.copyOf(current))) {
            row.change(UNITS, names(current), names(units));
        }
        return units;
    }

    private static String names(List<Ref> units) {
        return String.join("; ", units.stream().map(Ref::name).sorted().toList());
    }

    private static BigDecimal amount(ImportRow row, String key, BigDecimal current) {
        BigDecimal value = row.decimal(key, current);
        if (value != null && value.signum() < 0) {
            row.error(key, "import.value.notNegative");
        }
        return value;
    }

    private static Integer count(ImportRow row, String key, Integer current) {
        Integer value = row.integer(key, current);
        if (value != null && value < 0) {
            row.error(key, "import.value.notNegative");
        }
        return value;
    }

    private static String key(String name) {
        return "chain:" + name.strip().toLowerCase(java.util.Locale.ROOT);
    }

    private static ChainData blank() {
        return new ChainData(
                null,
                null,
                ChainStatus.PLANNED,
                null,
                null,
                List.of(),
                EnumSet.copyOf(Stage.defaultRequired()),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                new ChainData.Budget(null, null, null, null, null, null, null),
                false,
                false,
                null);
    }
}
