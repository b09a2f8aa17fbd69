package vn.valuechain.dashboard;

import java.time.LocalDate;
import vn.valuechain.geo.UnitScope;

/** Which chains the figures are for (unit subtree, product, plan) and on which reference date. */
public record IndicatorFilter(LocalDate date, UnitScope units, Long productId, Long planId) {}
