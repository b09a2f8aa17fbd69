package vn.valuechain.cooperative;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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
import vn.valuechain.shared.imports.Matches;
import vn.valuechain.shared.imports.Ref;
import vn.valuechain.shared.imports.RowPlan;
import vn.valuechain.shared.imports.TableImporter;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.table.CellParsers.Parsed;
import vn.valuechain.shared.table.ColumnType;
import vn.valuechain.shared.time.OfficeTime;

/**
 * Cooperatives from a table: matched by registration code, or, without one, by the exact name in the same unit;
 * checked by the form's rules; saved through {@link CooperativeService}. Reads the list's own export back.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class CooperativeImporter implements TableImporter {

    static final String NAME = "cooperative.name";
    static final String TYPE = "cooperative.type";
    static final String CODE = "cooperative.registrationCode";
    static final String FOUNDED = "cooperative.foundedOn";
    static final String MEMBERS = "cooperative.members";
    static final String UNIT = "cooperative.administrativeUnit";
    static final String ADDRESS = "cooperative.address";
    static final String REPRESENTATIVE = "cooperative.representative";
    static final String PHONE = "cooperative.phone";
    static final String PRODUCT = "cooperative.product";
    static final String STATUS = "cooperative.status";
    static final String PERIOD = "cooperative.targetPeriod";
    static final String SCALE = "cooperative.minScaleValue";
    static final String SCALE_UNIT = "cooperative.minScaleUnit";
    static final String NOTE = "cooperative.note";

    private final CooperativeService cooperatives;
    private final GeoService geo;
    private final ProductService products;
    private final OfficeTime officeTime;

    @Override
    public ImportKind about() {
        return new ImportKind("cooperatives", "cooperative.list.title", "hop-tac-xa", 10);
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.text(NAME).mandatory().example("Hợp tác xã Dừa Định Thủy"),
                ImportColumn.choice(TYPE, CooperativeType.class).mandatory(),
                ImportColumn.text(CODE).example("5520000123"),
                ImportColumn.of(FOUNDED, ColumnType.DATE).example("15/03/2019"),
                ImportColumn.of(MEMBERS, ColumnType.INTEGER).example("45"),
                ImportColumn.text(UNIT).choices(geo::labels).example("Xã Định Thủy, Huyện Mỏ Cày Nam"),
                ImportColumn.text(ADDRESS).example("Ấp Phước Khánh"),
                ImportColumn.text(REPRESENTATIVE).example("Nguyễn Văn An"),
                ImportColumn.text(PHONE).example("0275 3860 123"),
                ImportColumn.text(PRODUCT).choices(products::names).example("Dừa"),
                ImportColumn.choice(STATUS, CooperativeStatus.class),
                ImportColumn.text(PERIOD),
                ImportColumn.of(SCALE, ColumnType.DECIMAL).example("20"),
                ImportColumn.choice(SCALE_UNIT, MeasureUnit.class).example("ha"),
                ImportColumn.text(NOTE));
    }

    @Override
    public RowPlan plan(ImportRow row) {
        UnitScopedUser user = row.context().user();
        String fileName = row.raw(NAME);
        List<Long> ids = Matches.byCodeOrName(
                row,
                CODE,
                NAME,
                UNIT,
                text -> unit(row, text),
                cooperatives::idsByRegistrationCode,
                cooperatives::idsByName);
        if (ids.size() > 1) {
            row.rowError("import.match.ambiguous");
            return RowPlan.invalid(fileName);
        }
        CooperativeDetails existing = ids.isEmpty() ? null : cooperatives.details(ids.get(0), user);
        CooperativeData current = existing == null ? blank() : existing.data();

        CooperativeType type = row.choice(TYPE, CooperativeType.class, current.type());
        row.require(TYPE, type);
        String name = row.text(NAME, current.name(), 300);
        row.require(NAME, name);
        String code = row.text(CODE, current.registrationCode(), 50);
        LocalDate foundedOn = row.date(FOUNDED, current.foundedOn());
        if (foundedOn != null && foundedOn.isAfter(officeTime.today())) {
            row.error(FOUNDED, "import.value.notInFuture");
        }
        Integer members = row.integer(MEMBERS, current.members());
        if (members != null && members < 0) {
            row.error(MEMBERS, "import.value.notNegative");
        }
        Ref currentUnit = existing == null
                ? null
                : Ref.of(current.unitId(), GeoService.label(current.unitName(), existing.parentUnitName()));
        Ref unit = row.ref(UNIT, currentUnit, text -> unit(row, text));
        if (unit != null && !cooperatives.unitAllowed(unit.id(), user)) {
            row.error(UNIT, "validation.unit.outsideYours");
        }
        String address = row.text(ADDRESS, current.address(), 500);
        String representative = row.text(REPRESENTATIVE, current.representative(), 200);
        String phone = row.text(PHONE, current.phone(), 50);
        Ref product = row.ref(
                PRODUCT,
                Ref.of(current.productId(), current.productName()),
                text -> row.context().cached("product", ImportText.normalize(text), k -> products.productRef(text)));
        CooperativeStatus status = row.choice(STATUS, CooperativeStatus.class, current.status());
        row.require(STATUS, status);
        String period = row.text(PERIOD, current.targetPeriod(), 50);
        BigDecimal scale = row.decimal(SCALE, current.minScaleValue());
        if (scale != null && scale.signum() < 0) {
            row.error(SCALE, "import.value.notNegative");
        }
        MeasureUnit scaleUnit = row.choice(SCALE_UNIT, MeasureUnit.class, current.minScaleUnit());
        if (scale != null && scaleUnit == null) {
            row.error(SCALE_UNIT, "import.value.measureUnitRequired");
        }
        String note = row.text(NOTE, current.note(), 4000);

        CooperativeData data = new CooperativeData(
                type,
                name,
                code,
                foundedOn,
                members,
                unit == null ? null : unit.id(),
                null,
                address,
                representative,
                phone,
                product == null ? null : product.id(),
                null,
                status,
                period,
                scale,
                scaleUnit,
                note);
        String key = Matches.key(code, name, unit);
        if (existing == null) {
            return RowPlan.create(key, name, () -> cooperatives.create(data, user));
        }
        return RowPlan.update(
                key, current.name(), () -> cooperatives.update(existing.id(), existing.version(), data, user));
    }

    private Parsed<Ref> unit(ImportRow row, String text) {
        return row.context().cached("unit", text.trim(), geo::unitRef);
    }

    private static CooperativeData blank() {
        return new CooperativeData(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                CooperativeStatus.EXISTING,
                null,
                null,
                null,
                null);
    }
}
