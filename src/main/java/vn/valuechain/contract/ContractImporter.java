package vn.valuechain.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.valuechain.chain.ChainService;
import vn.valuechain.party.PartyKind;
import vn.valuechain.party.PartyLookup;
import vn.valuechain.party.PartyLookup.Found;
import vn.valuechain.product.ProductService;
import vn.valuechain.shared.domain.MeasureUnit;
import vn.valuechain.shared.imports.ImportColumn;
import vn.valuechain.shared.imports.ImportContext;
import vn.valuechain.shared.imports.ImportKind;
import vn.valuechain.shared.imports.ImportRow;
import vn.valuechain.shared.imports.ImportText;
import vn.valuechain.shared.imports.Ref;
import vn.valuechain.shared.imports.RowPlan;
import vn.valuechain.shared.imports.TableImporter;
import vn.valuechain.shared.table.CellParsers;
import vn.valuechain.shared.table.CellParsers.Parsed;
import vn.valuechain.shared.table.ColumnType;

/**
 * Linkage contracts from a table: matched by their number, or, for a contract without one, by its parties' names and
 * its start; checked by the form's rules; saved through {@link ContractService}. A party is named as the list writes
 * it; its kind may be written too (households must be). Reads the list's own export back: its state, delivered
 * volume and fulfilment are figures, not fields, and are left aside.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class ContractImporter implements TableImporter {

    static final String NUMBER = "linkageContract.number";
    static final String TYPE = "linkageContract.type";
    static final String SELLER_KIND = "contract.sellerKind";
    static final String SELLER = "linkageContract.seller";
    static final String BUYER_KIND = "contract.buyerKind";
    static final String BUYER = "linkageContract.buyer";
    static final String CHAIN = "linkageContract.chain";
    static final String PRODUCT = "linkageContract.product";
    static final String SIGNED = "linkageContract.signedOn";
    static final String START = "linkageContract.startOn";
    static final String END = "linkageContract.endOn";
    static final String STATUS = "linkageContract.status";
    static final String STATUS_CHANGED = "linkageContract.statusChangedOn";
    static final String VOLUME = "linkageContract.volume";
    static final String UNIT = "linkageContract.volumeUnit";
    static final String PRICE = "linkageContract.priceTerms";
    static final String NOTE = "linkageContract.note";

    private final ContractService contracts;
    private final ChainService chains;
    private final ProductService products;
    private final PartyLookup parties;

    @Override
    public ImportKind about() {
        return new ImportKind("contracts", "contract.list.title", "hop-dong-lien-ket", 40);
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(
                ImportColumn.text(NUMBER).example("15/2024/HĐLK"),
                ImportColumn.choice(TYPE, ContractType.class),
                ImportColumn.choice(SELLER_KIND, PartyKind.class).example("Nhóm hộ nông dân"),
                ImportColumn.text(SELLER).mandatory().example("Các hộ trồng dừa ấp Phước Khánh"),
                ImportColumn.choice(BUYER_KIND, PartyKind.class).example("Nhóm hộ nông dân"),
                ImportColumn.text(BUYER).mandatory().example("Tổ thu gom dừa xã Định Thủy"),
                ImportColumn.text(CHAIN),
                ImportColumn.text(PRODUCT).choices(products::names).example("Dừa"),
                ImportColumn.of(SIGNED, ColumnType.DATE).example("10/01/2024"),
                ImportColumn.of(START, ColumnType.DATE).example("15/01/2024"),
                ImportColumn.of(END, ColumnType.DATE).example("31/12/2026"),
                ImportColumn.choice(STATUS, ContractStatus.class).example("Đã ký"),
                ImportColumn.of(STATUS_CHANGED, ColumnType.DATE),
                ImportColumn.of(VOLUME, ColumnType.DECIMAL).example("500"),
                ImportColumn.choice(UNIT, MeasureUnit.class).example("tấn"),
                ImportColumn.text(PRICE).example("Giá thị trường tại thời điểm giao, không thấp hơn 3.000 đồng/trái"),
                ImportColumn.text(NOTE));
    }

    @Override
    public RowPlan plan(ImportRow row) {
        ImportContext context = row.context();
        String number = row.raw(NUMBER);
        String sellerName = row.raw(SELLER);
        String buyerName = row.raw(BUYER);
        String shown = number != null ? number : ContractRow.label(null, sellerName, buyerName);
        List<Long> ids;
        if (number != null) {
            ids = context.cached(
                    "contract", number.strip().toUpperCase(Locale.ROOT), k -> contracts.idsByNumber(number));
        } else if (sellerName != null && buyerName != null) {
            LocalDate start = CellParsers.date(row.cell(START)).value();
            ids = contracts.idsWithoutNumber(sellerName, buyerName, start);
        } else {
            ids = List.of();
        }
        if (ids.size() > 1) {
            row.rowError("import.match.contractAmbiguous");
            return RowPlan.invalid(shown);
        }
        ContractDetails existing = ids.isEmpty() ? null : contracts.details(ids.get(0), context.user());
        ContractData current = existing == null ? blank() : existing.data();
        ContractNames names = existing == null ? new ContractNames(null, null, null, null, null) : existing.names();

        String written = row.text(NUMBER, current.number(), 100);
        ContractType type = row.choice(TYPE, ContractType.class, current.type());
        row.require(TYPE, type);
        PartyData seller = party(row, SELLER_KIND, SELLER, current.seller(), names.sellerName());
        PartyData buyer = party(row, BUYER_KIND, BUYER, current.buyer(), names.buyerName());
        if (seller != null && buyer != null && seller.sameRecordAs(buyer)) {
            row.error(BUYER, "contract.party.same");
        }
        Ref chain = row.ref(CHAIN, Ref.of(current.chainId(), names.chainName()), text -> chain(context, text));
        Ref product = row.ref(
                PRODUCT,
                Ref.of(current.productId(), names.productName()),
                text -> context.cached("product", ImportText.normalize(text), k -> products.productRef(text)));
        LocalDate signedOn = row.date(SIGNED, current.signedOn());
        LocalDate startOn = row.date(START, current.startOn());
        LocalDate endOn = row.date(END, current.endOn());
        if (startOn != null && endOn != null && endOn.isBefore(startOn)) {
            row.error(END, "validation.endBeforeStart");
        }
        if (ContractState.signedAfterEnd(signedOn, endOn)) {
            row.error(SIGNED, "contract.signedOn.afterEnd");
        }
        ContractStatus status = row.choice(STATUS, ContractStatus.class, current.status());
        row.require(STATUS, status);
        boolean ended = status == ContractStatus.TERMINATED || status == ContractStatus.BROKEN;
        LocalDate changedOn = row.date(STATUS_CHANGED, current.statusChangedOn());
        if (ended && changedOn == null) {
            row.error(STATUS_CHANGED, "contract.statusChangedOn.required");
        }
        if (ended && changedOn != null && signedOn != null && changedOn.isBefore(signedOn)) {
            row.error(STATUS_CHANGED, "contract.statusChangedOn.beforeSigned");
        }
        BigDecimal volume = row.decimal(VOLUME, current.volume());
        if (volume != null && volume.signum() < 0) {
            row.error(VOLUME, "import.value.notNegative");
        }
        MeasureUnit unit = row.choice(UNIT, MeasureUnit.class, current.volumeUnit());
        if (volume != null && unit == null) {
            row.error(UNIT, "validation.unit.required");
        }
        String price = row.text(PRICE, current.priceTerms(), 2000);
        String note = row.text(NOTE, current.note(), 2000);
        if (row.hasErrors()) {
            return RowPlan.invalid(shown);
        }

        ContractData data = new ContractData(
                type,
                written == null ? null : written.strip(),
                chain == null ? null : chain.id(),
                product == null ? null : product.id(),
                seller,
                buyer,
                signedOn,
                startOn,
                endOn,
                status,
                ended ? changedOn : null,
                volume,
                volume == null ? null : unit,
                price,
                current.renewsId(),
                note);
        String key = number != null
                ? "number:" + number.strip().toUpperCase(Locale.ROOT)
                : "parties:" + ImportText.normalize(sellerName) + "|" + ImportText.normalize(buyerName) + "|" + startOn;
        if (existing == null) {
            return RowPlan.create(key, shown, () -> contracts.create(data, context.user()));
        }
        return RowPlan.update(
                key, shown, () -> contracts.update(existing.id(), existing.version(), data, context.user()));
    }

    /**
     * A side of the contract: the party it has when the cell still names it (and the kind, if written, agrees), else
     * the cooperative, enterprise or households the cell names.
     */
    private PartyData party(ImportRow row, String kindKey, String nameKey, PartyData current, String currentName) {
        if (!row.has(nameKey)) {
            return current;
        }
        PartyKind kind = row.keyChoice(kindKey, PartyKind.class);
        String name = row.raw(nameKey);
        row.require(nameKey, name);
        if (name == null || row.problems().stream().anyMatch(p -> kindKey.equals(p.column()))) {
            return null;
        }
        if (currentName != null
                && (kind == null || kind == current.kind())
                && ImportText.normalize(name).equals(ImportText.normalize(currentName))) {
            return current;
        }
        Parsed<Found> found = row.context()
                .cached(
                        "party",
                        List.of(String.valueOf(kind), ImportText.normalize(name)),
                        k -> parties.find(kind, null, name.strip()));
        if (found.isError()) {
            row.error(nameKey, found.errorKey());
            return null;
        }
        Found party = found.value();
        row.change(nameKey, currentName == null ? "" : currentName, party.name());
        return PartyData.of(
                party.kind(),
                party.kind() == PartyKind.COOPERATIVE ? party.id() : null,
                party.kind() == PartyKind.ENTERPRISE ? party.id() : null,
                party.name());
    }

    private Parsed<Ref> chain(ImportContext context, String text) {
        List<Long> ids = context.cached("chain", text.strip().toLowerCase(Locale.ROOT), k -> chains.idsByName(text));
        if (ids.size() != 1) {
            return new Parsed<>(null, ids.isEmpty() ? "import.value.chain" : "import.match.chainAmbiguous");
        }
        return new Parsed<>(Ref.of(ids.get(0), text.strip()), null);
    }

    private static ContractData blank() {
        return new ContractData(
                ContractType.OFFTAKE,
                null,
                null,
                null,
                new PartyData(null, null, null, null),
                new PartyData(null, null, null, null),
                null,
                null,
                null,
                ContractStatus.SIGNED,
                null,
                null,
                null,
                null,
                null,
                null);
    }
}
