package vn.valuechain.deleted;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import vn.valuechain.certification.Certification;
import vn.valuechain.chain.Chain;
import vn.valuechain.contract.LinkageContract;
import vn.valuechain.cooperative.Cooperative;
import vn.valuechain.enterprise.Enterprise;

/** The registry records an ADMIN can bring back after they were deleted, with their table and page. */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public enum DeletedRecordType {
    COOPERATIVE(Cooperative.class, "cooperative", "/cooperatives/"),
    ENTERPRISE(Enterprise.class, "enterprise", "/enterprises/"),
    CHAIN(Chain.class, "chain", "/chains/"),
    CONTRACT(LinkageContract.class, "linkage_contract", "/contracts/"),
    CERTIFICATION(Certification.class, "certification", "/certifications/");

    private final Class<?> entity;
    private final String table;
    private final String page;

    public Class<?> entity() {
        return entity;
    }

    public String table() {
        return table;
    }

    public String page(long id) {
        return page + id;
    }
}
