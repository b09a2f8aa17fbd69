package vn.valuechain.cooperative;

import java.math.BigDecimal;
import vn.valuechain.shared.domain.MeasureUnit;

/**
 * A cooperative a plan calls for (to found or to consolidate), with what the plan's table of cooperatives says of it:
 * read for comparing a table with the plan, and written from it. Its other fields are the registry's.
 */
public record PlanCooperative(
        Long id,
        String name,
        CooperativeType type,
        CooperativeStatus status,
        Long unitId,
        Long productId,
        String targetPeriod,
        Integer targetYearFrom,
        Integer targetYearTo,
        BigDecimal minScaleValue,
        MeasureUnit minScaleUnit,
        String note) {}
