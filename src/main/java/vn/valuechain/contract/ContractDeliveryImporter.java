package vn.valuechain.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.valuechain.shared.domain.MeasureUnit;
import vn.valuechain.shared.imports.ImportColumn;
import vn.valuechain.shared.imports.ImportContext;
import vn.valuechain.shared.imports.ImportKind;
import vn.valuechain.shared.imports.ImportRow;
import vn.valuechain.shared.imports.RowPlan;
import vn.valuechain.shared.imports.TableImporter;
import vn.valuechain.shared.table.CellParsers;
import vn.valuechain.shared.table.CellParsers.Parsed;
import vn.valuechain.shared.table.ColumnType;

/**
 * Deliveries under contracts from a table: matched by the contract's number, the day and which delivery of that day
 * it is (written, or else the rows' order in the file: the second row of a contract and day is its second delivery
 * that day). The volume is in the contract's unit; a unit written must be that one. Checked as on the contract's page
 * (not before the contract starts, not in the future), saved through {@link ContractService}.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ContractDeliveryImporter implements TableImporter {

    static final String NUMBER = "linkageContract.number";
    static final String DATE = "contract.delivery.deliveredOn";
    static final String ORDINAL = "contract.delivery.ordinal";
    static final String VOLUME = "contract.delivery.volume";
    static final String UNIT = "linkageContract.volumeUnit";
    static final String NOTE = "contract.delivery.note";

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ContractService contracts;

    @Override
    public ImportKind about() {
        return new ImportKind("contract-deliveries", "contract.delivery.import.title", "giao-nhan-hop-dong", 41);
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.text(NUMBER).mandatory().example("15/2024/HĐLK"),
                ImportColumn.of(DATE, ColumnType.DATE).mandatory().example("20/03/2024"),
                ImportColumn.of(ORDINAL, ColumnType.INTEGER),
                ImportColumn.of(VOLUME, ColumnType.DECIMAL).mandatory().example("12,5"),
                ImportColumn.choice(UNIT, MeasureUnit.class).example("tấn"),
                ImportColumn.text(NOTE));
    }

    @Override
    public RowPlan plan(ImportRow row) {
        ImportContext context = row.context();
        String number = row.raw(NUMBER);
        row.require(NUMBER, number);
        Parsed<LocalDate> date = CellParsers.date(row.cell(DATE));
        if (date.isError()) {
            row.error(DATE, date.errorKey());
        }
        row.require(DATE, date.value());
        Integer ordinal = row.raw(ORDINAL) == null ? null : parseOrdinal(row);
        if (row.hasErrors()) {
            return RowPlan.invalid(number);
        }
        List<Long> ids =
                context.cached("contract", number.strip().toUpperCase(Locale.ROOT), k -> contracts.idsByNumber(number));
        if (ids.size() != 1) {
            row.error(NUMBER, ids.isEmpty() ? "import.value.contract" : "import.match.contractAmbiguous");
            return RowPlan.invalid(number);
        }
        long contractId = ids.get(0);
        ContractDetails contract = context.cached("contractDetails", contractId, id -> contracts.details(id, null));
        LocalDate deliveredOn = date.value();
        List<DeliveryRow> thatDay = contract.deliveries().stream()
                .filter(d -> d.deliveredOn().equals(deliveredOn))
                .toList();
        int[] seen = context.cached("seen", contractId + "@" + deliveredOn, k -> new int[1]);
        int nth = ordinal != null ? ordinal : seen[0] + 1;
        seen[0] = Math.max(seen[0], nth);
        if (nth > thatDay.size() + 1 && ordinal != null) {
            row.error(ORDINAL, "import.value.ordinal", thatDay.size() + 1);
            return RowPlan.invalid(number);
        }
        DeliveryRow existing = nth <= thatDay.size() ? thatDay.get(nth - 1) : null;

        if (deliveredOn.isAfter(contracts.today())) {
            row.error(DATE, "import.value.notInFuture");
        }
        LocalDate from = contract.deliveriesFrom();
        if (from != null && deliveredOn.isBefore(from)) {
            row.error(DATE, "contract.delivery.beforeStart", SHOWN.format(from));
        }
        BigDecimal volume = row.decimal(VOLUME, existing == null ? null : existing.volume());
        row.require(VOLUME, volume);
        if (volume != null && volume.signum() < 0) {
            row.error(VOLUME, "import.value.notNegative");
        }
        MeasureUnit unit = row.keyChoice(UNIT, MeasureUnit.class);
        MeasureUnit contracted = contract.data().volumeUnit();
        if (unit != null && unit != contracted) {
            row.error(UNIT, "import.value.deliveryUnit", contracted == null ? "—" : context.label(contracted));
        }
        String note = row.text(NOTE, existing == null ? null : existing.note(), 500);

        DeliveryData data = new DeliveryData(deliveredOn, volume, note);
        String key = "delivery:" + contractId + "@" + deliveredOn + "#" + nth;
        String name = number.strip() + " · " + SHOWN.format(deliveredOn) + (nth > 1 ? " (" + nth + ")" : "");
        if (existing == null) {
            return RowPlan.create(key, name, () -> contracts.addDelivery(contractId, data, context.user()));
        }
        return RowPlan.update(
                key, name, () -> contracts.updateDelivery(contractId, existing.id(), data, context.user()));
    }

    private static Integer parseOrdinal(ImportRow row) {
        Parsed<Long> parsed = CellParsers.integer(row.cell(ORDINAL));
        if (parsed.isError() || parsed.value() < 1 || parsed.value() > 1000) {
            row.error(ORDINAL, "import.value.integer");
            return null;
        }
        return parsed.value().intValue();
    }
}
