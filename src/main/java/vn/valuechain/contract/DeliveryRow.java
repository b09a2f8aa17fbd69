package vn.valuechain.contract;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One delivery under a contract, in the contract's unit. */
public record DeliveryRow(Long id, LocalDate deliveredOn, BigDecimal volume, String note, boolean illustrative) {}
