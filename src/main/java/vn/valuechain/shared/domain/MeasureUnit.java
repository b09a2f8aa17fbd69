package vn.valuechain.shared.domain;

import java.math.BigDecimal;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The units plans write scales, outputs and volumes in. Stored as the code name, so a column holding one can
 * be summed across records only after converting mass units to kilograms.
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public enum MeasureUnit {
    KG(new BigDecimal("1")),
    /** Tạ: 100 kg. */
    TA(new BigDecimal("100")),
    /** Tấn: 1000 kg. */
    TAN(new BigDecimal("1000")),
    HA(null),
    /** Con: head of livestock. */
    HEAD(null),
    /** Cây: trees. */
    TREE(null),
    /** Sản phẩm: items of a product. */
    PRODUCT(null),
    /** Sản phẩm/năm: items of a product a year, as plans set a nursery's scale ("500.000 sản phẩm/năm"). */
    PRODUCT_PER_YEAR(null),
    M2(null),
    LITRE(null);

    private final BigDecimal kilograms;

    /** Kilograms in one of this unit; empty when it is not a unit of mass. */
    public Optional<BigDecimal> kilogramFactor() {
        return Optional.ofNullable(kilograms);
    }
}
