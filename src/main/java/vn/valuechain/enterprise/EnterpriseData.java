package vn.valuechain.enterprise;

import java.util.Set;

/** An enterprise's editable fields, as a form submits them and as the record page and form show them. */
public record EnterpriseData(
        String name,
        String taxCode,
        boolean inProvince,
        Long unitId,
        String unitName,
        String address,
        String representative,
        String phone,
        Set<EnterpriseRole> roles,
        EnterpriseStatus status,
        String note) {}
