package vn.valuechain.contract.web;

import static vn.valuechain.shared.domain.Text.blankToNull;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;
import vn.valuechain.contract.ChainOption;
import vn.valuechain.contract.ContractData;
import vn.valuechain.contract.ContractDetails;
import vn.valuechain.contract.ContractNames;
import vn.valuechain.contract.ContractStatus;
import vn.valuechain.contract.ContractType;
import vn.valuechain.contract.PartyData;
import vn.valuechain.party.PartyKind;
import vn.valuechain.shared.domain.MeasureUnit;
import vn.valuechain.shared.web.RecordForm;

/**
 * The contract form. Each side is a kind plus the field of that kind (a cooperative picker, an enterprise picker or
 * the households' name); the pickers' label fields only show the chosen name.
 */
@Data
class ContractForm extends RecordForm {

    @NotNull(message = "{validation.required}")
    private ContractType type = ContractType.OFFTAKE;

    @Size(max = 100, message = "{validation.size.max}")
    private String number;

    private Long chainId;
    private String chainLabel;

    private Long productId;

    @NotNull(message = "{validation.required}")
    private PartyKind sellerKind = PartyKind.COOPERATIVE;

    private Long sellerCooperativeId;
    private String sellerCooperativeLabel;
    private Long sellerEnterpriseId;
    private String sellerEnterpriseLabel;

    @Size(max = 300, message = "{validation.size.max}")
    private String sellerHouseholdsName;

    @NotNull(message = "{validation.required}")
    private PartyKind buyerKind = PartyKind.ENTERPRISE;

    private Long buyerCooperativeId;
    private String buyerCooperativeLabel;
    private Long buyerEnterpriseId;
    private String buyerEnterpriseLabel;

    @Size(max = 300, message = "{validation.size.max}")
    private String buyerHouseholdsName;

    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate signedOn;

    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate startOn;

    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate endOn;

    @NotNull(message = "{validation.required}")
    private ContractStatus status = ContractStatus.SIGNED;

    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate statusChangedOn;

    @DecimalMin(value = "0", message = "{validation.notNegative}")
    @Digits(integer = 13, fraction = 3, message = "{validation.digits}")
    private BigDecimal volume;

    private MeasureUnit volumeUnit;

    @Size(max = 2000, message = "{validation.size.max}")
    private String priceTerms;

    private Long renewsId;
    private String renewsLabel;

    @Size(max = 2000, message = "{validation.size.max}")
    private String note;

    static ContractForm of(ContractDetails details) {
        ContractForm f = new ContractForm();
        f.editing(details.id(), details.version());
        f.fill(details.data(), details.names());
        return f;
    }

    /** A new contract for a chain (/contracts/new?chain=ID): the chain and its product chosen already. */
    static ContractForm forChain(ChainOption chain) {
        ContractForm f = new ContractForm();
        f.setChainId(chain.id());
        f.setChainLabel(chain.name());
        f.setProductId(chain.productId());
        return f;
    }

    /**
     * After a stale save: take the merged values; where a reference now comes from what the other person saved
     * (it differs from what this person submitted), show that record's name.
     */
    void rebaseOn(ContractData merged, ContractNames stored) {
        ContractData typed = toData();
        String chain = Objects.equals(merged.chainId(), typed.chainId()) ? chainLabel : stored.chainName();
        String seller = merged.seller().equals(typed.seller()) ? sellerLabel() : stored.sellerName();
        String buyer = merged.buyer().equals(typed.buyer()) ? buyerLabel() : stored.buyerName();
        String renews = Objects.equals(merged.renewsId(), typed.renewsId()) ? renewsLabel : stored.renewsLabel();
        fill(merged, new ContractNames(chain, null, seller, buyer, renews));
    }

    ContractData toData() {
        return new ContractData(
                type,
                blankToNull(number),
                chainId,
                productId,
                PartyData.of(sellerKind, sellerCooperativeId, sellerEnterpriseId, sellerHouseholdsName),
                PartyData.of(buyerKind, buyerCooperativeId, buyerEnterpriseId, buyerHouseholdsName),
                signedOn,
                startOn,
                endOn,
                status,
                statusChangedOn,
                volume,
                volumeUnit,
                blankToNull(priceTerms),
                renewsId,
                blankToNull(note));
    }

    private void fill(ContractData d, ContractNames names) {
        type = d.type();
        number = d.number();
        chainId = d.chainId();
        chainLabel = names.chainName();
        productId = d.productId();
        sellerKind = d.seller().kind();
        sellerCooperativeId = d.seller().cooperativeId();
        sellerEnterpriseId = d.seller().enterpriseId();
        sellerHouseholdsName = d.seller().householdsName();
        sellerCooperativeLabel = sellerKind == PartyKind.COOPERATIVE ? names.sellerName() : null;
        sellerEnterpriseLabel = sellerKind == PartyKind.ENTERPRISE ? names.sellerName() : null;
        buyerKind = d.buyer().kind();
        buyerCooperativeId = d.buyer().cooperativeId();
        buyerEnterpriseId = d.buyer().enterpriseId();
        buyerHouseholdsName = d.buyer().householdsName();
        buyerCooperativeLabel = buyerKind == PartyKind.COOPERATIVE ? names.buyerName() : null;
        buyerEnterpriseLabel = buyerKind == PartyKind.ENTERPRISE ? names.buyerName() : null;
        signedOn = d.signedOn();
        startOn = d.startOn();
        endOn = d.endOn();
        status = d.status();
        statusChangedOn = d.statusChangedOn();
        volume = plain(d.volume());
        volumeUnit = d.volumeUnit();
        priceTerms = d.priceTerms();
        renewsId = d.renewsId();
        renewsLabel = names.renewsLabel();
        note = d.note();
    }

    private String sellerLabel() {
        return sellerKind == PartyKind.ENTERPRISE ? sellerEnterpriseLabel : sellerCooperativeLabel;
    }

    private String buyerLabel() {
        return buyerKind == PartyKind.ENTERPRISE ? buyerEnterpriseLabel : buyerCooperativeLabel;
    }

    boolean endsBeforeItStarts() {
        return startOn != null && endOn != null && endOn.isBefore(startOn);
    }

    boolean ended() {
        return status == ContractStatus.TERMINATED || status == ContractStatus.BROKEN;
    }

    /** 1200 rather than the stored 1200.000, so the number field shows what a person would write. */
    private static BigDecimal plain(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
