package vn.valuechain.enterprise;

import java.util.List;
import java.util.Set;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.valuechain.geo.GeoService;
import vn.valuechain.shared.imports.ImportColumn;
import vn.valuechain.shared.imports.ImportKind;
import vn.valuechain.shared.imports.ImportRow;
import vn.valuechain.shared.imports.Matches;
import vn.valuechain.shared.imports.Ref;
import vn.valuechain.shared.imports.RowPlan;
import vn.valuechain.shared.imports.TableImporter;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.table.CellParsers.Parsed;

/**
 * Enterprises from a table: matched by tax code, or, without one, by the exact name in the same unit; checked by the
 * form's rules (a tax code of 10 digits, a branch's with "-" and 3 more); saved through {@link EnterpriseService}.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class EnterpriseImporter implements TableImporter {

    static final String NAME = "enterprise.name";
    static final String TAX_CODE = "enterprise.taxCode";
    static final String ROLES = "enterprise.roles";
    static final String LOCATION = "enterprise.location";
    static final String UNIT = "enterprise.administrativeUnit";
    static final String ADDRESS = "enterprise.address";
    static final String REPRESENTATIVE = "enterprise.representative";
    static final String PHONE = "enterprise.phone";
    static final String STATUS = "enterprise.status";
    static final String NOTE = "enterprise.note";

    private static final String IN_PROVINCE = "enterprise.inProvince.yes";
    private static final String OUTSIDE = "enterprise.inProvince.no";
    private static final String TAX_CODE_FORMAT = "\\d{10}(-\\d{3})?";

    private final EnterpriseService enterprises;
    private final GeoService geo;

    @Override
    public ImportKind about() {
        return new ImportKind("enterprises", "enterprise.list.title", "doanh-nghiep", 20);
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.text(NAME).mandatory().example("Công ty TNHH Chế biến Dừa Lương Quới"),
                ImportColumn.text(TAX_CODE).example("1300123456"),
                ImportColumn.choice(ROLES, EnterpriseRole.class),
                ImportColumn.text(LOCATION).choiceKeys(IN_PROVINCE, OUTSIDE),
                ImportColumn.text(UNIT).choices(geo::labels),
                ImportColumn.text(ADDRESS).example("Ấp Phước Khánh"),
                ImportColumn.text(REPRESENTATIVE).example("Trần Thị Bình"),
                ImportColumn.text(PHONE).example("0275 3822 456"),
                ImportColumn.choice(STATUS, EnterpriseStatus.class),
                ImportColumn.text(NOTE));
    }

    @Override
    public RowPlan plan(ImportRow row) {
        UnitScopedUser user = row.context().user();
        List<Long> ids = Matches.byCodeOrName(
                row, TAX_CODE, NAME, UNIT, text -> unit(row, text), enterprises::idsByTaxCode, enterprises::idsByName);
        if (ids.size() > 1) {
            row.rowError("import.match.ambiguous");
            return RowPlan.invalid(row.raw(NAME));
        }
        EnterpriseDetails existing = ids.isEmpty() ? null : enterprises.details(ids.get(0), user);
        EnterpriseData current = existing == null
                ? new EnterpriseData(
                        null, null, true, null, null, null, null, null, Set.of(), EnterpriseStatus.ACTIVE, null)
                : existing.data();

        String name = row.text(NAME, current.name(), 300);
        row.require(NAME, name);
        String taxCode = row.text(TAX_CODE, current.taxCode(), 14);
        if (taxCode != null && !taxCode.strip().matches(TAX_CODE_FORMAT)) {
            row.error(TAX_CODE, "import.value.taxCode");
        }
        Set<EnterpriseRole> roles = row.choices(ROLES, EnterpriseRole.class, current.roles());
        Boolean inProvince = row.flag(LOCATION, current.inProvince(), IN_PROVINCE, OUTSIDE);
        row.require(LOCATION, inProvince);
        Ref currentUnit = existing == null
                ? null
                : Ref.of(current.unitId(), GeoService.label(current.unitName(), existing.parentUnitName()));
        Ref unit = row.ref(UNIT, currentUnit, text -> unit(row, text));
        if (!enterprises.unitAllowed(unit == null ? null : unit.id(), user)) {
            row.error(UNIT, "validation.unit.outsideYours");
        }
        String address = row.text(ADDRESS, current.address(), 500);
        String representative = row.text(REPRESENTATIVE, current.representative(), 200);
        String phone = row.text(PHONE, current.phone(), 50);
        EnterpriseStatus status = row.choice(STATUS, EnterpriseStatus.class, current.status());
        row.require(STATUS, status);
        String note = row.text(NOTE, current.note(), 4000);

        EnterpriseData data = new EnterpriseData(
                name,
                taxCode == null ? null : taxCode.strip(),
                !Boolean.FALSE.equals(inProvince),
                unit == null ? null : unit.id(),
                null,
                address,
                representative,
                phone,
                roles,
                status,
                note);
        String key = Matches.key(taxCode, name, unit);
        if (existing == null) {
            return RowPlan.create(key, name, () -> enterprises.create(data, user));
        }
        return RowPlan.update(
                key, current.name(), () -> enterprises.update(existing.id(), existing.version(), data, user));
    }

    private Parsed<Ref> unit(ImportRow row, String text) {
        return row.context().cached("unit", text.trim(), geo::unitRef);
    }
}
