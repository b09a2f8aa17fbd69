package vn.valuechain.contract.web;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import lombok.Data;
import org.springframework.format.annotation.DateTimeFormat;
import vn.valuechain.contract.DeliveryData;

/** The record page's inline form for one delivery; its volume is in the contract's unit. */
@Data
class DeliveryForm {

    @NotNull(message = "{validation.required}")
    @PastOrPresent(message = "{validation.notInFuture}")
    @DateTimeFormat(pattern = "dd/MM/yyyy")
    private LocalDate deliveredOn;

    @NotNull(message = "{validation.required}")
    @DecimalMin(value = "0", message = "{validation.notNegative}")
    @Digits(integer = 13, fraction = 3, message = "{validation.digits}")
    private BigDecimal volume;

    @Size(max = 500, message = "{validation.size.max}")
    private String note;

    DeliveryData toData() {
        return new DeliveryData(deliveredOn, volume, note);
    }
}
