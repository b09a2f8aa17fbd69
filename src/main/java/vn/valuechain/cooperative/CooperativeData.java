package vn.valuechain.cooperative;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.valuechain.shared.domain.MeasureUnit;

/** A cooperative's editable fields, as a form submits them and as the record page and form show them. */
public record CooperativeData(
        CooperativeType type,
        String name,
        String registrationCode,
        LocalDate foundedOn,
        Integer members,
        Long unitId,
        String unitName,
        String address,
        String representative,
        String phone,
        Long productId,
        String productName,
        CooperativeStatus status,
        String targetPeriod,
        BigDecimal minScaleValue,
        MeasureUnit minScaleUnit,
        String note) {}
