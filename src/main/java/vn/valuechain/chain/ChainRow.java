package vn.valuechain.chain;

import java.math.BigDecimal;
import vn.valuechain.shared.domain.MeasureUnit;

/** One line of the chains list, read in one query. */
public record ChainRow(
        Long id,
        String name,
        String productName,
        ChainStatus status,
        String unitNames,
        String leadName,
        long participants,
        MeasureUnit scaleUnit,
        BigDecimal plannedScale,
        BigDecimal actualScale,
        Integer householdsPlanned,
        Integer householdsActual,
        boolean illustrative) {}
