package vn.valuechain.contract;

import java.time.LocalDate;
import lombok.Value;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The contracts list's search and filters, as the query string carries them (and the filter form shows).
 * cooperativeId and enterpriseId keep to the contracts of one party (the links from a party's page).
 */
@Value
public class ContractFilter {

    String q;
    ContractType type;
    ContractStatus status;
    Long productId;
    Long chainId;
    String chainLabel;
    Long unitId;
    String unitLabel;

    @DateTimeFormat(pattern = "dd/MM/yyyy")
    LocalDate inForceOn;

    Long cooperativeId;
    Long enterpriseId;

    public static ContractFilter none() {
        return new ContractFilter(null, null, null, null, null, null, null, null, null, null, null);
    }

    public String searchText() {
        return q == null ? "" : q.trim();
    }
}
