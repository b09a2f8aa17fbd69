package vn.valuechain.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.valuechain.shared.domain.MeasureUnit;

/**
 * A contract's editable fields as a form submits them: values and the ids of what it refers to, no names (those
 * are in {@link ContractNames}), so a stale edit can be merged field by field with what someone else saved.
 */
public record ContractData(
        ContractType type,
        String number,
        Long chainId,
        Long productId,
        PartyData seller,
        PartyData buyer,
        LocalDate signedOn,
        LocalDate startOn,
        LocalDate endOn,
        ContractStatus status,
        LocalDate statusChangedOn,
        BigDecimal volume,
        MeasureUnit volumeUnit,
        String priceTerms,
        Long renewsId,
        String note) {}
