package vn.valuechain.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A delivery as the record page's form submits it; the volume is in the contract's unit. */
public record DeliveryData(LocalDate deliveredOn, BigDecimal volume, String note) {}
