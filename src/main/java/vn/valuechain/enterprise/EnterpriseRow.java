package vn.valuechain.enterprise;

import java.util.Arrays;
import java.util.List;

/** One line of the enterprises list, read in one query; roles arrive as "BUYER,PROCESSOR". */
public record EnterpriseRow(
        Long id,
        String name,
        String taxCode,
        boolean inProvince,
        String unitName,
        String parentUnitName,
        String unitNow,
        Boolean unitNowWhole,
        EnterpriseStatus status,
        String roleCodes,
        boolean illustrative) {

    public List<EnterpriseRole> roles() {
        return roleCodes == null || roleCodes.isEmpty()
                ? List.of()
                : Arrays.stream(roleCodes.split(","))
                        .map(EnterpriseRole::valueOf)
                        .toList();
    }
}
