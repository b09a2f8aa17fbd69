package vn.valuechain.shared.web;

import java.util.Set;

/**
 * Which records a page may link to for the signed-in user: a local official's page names records outside their unit
 * (the other cooperatives of a chain, the chain of a contract) without a link, as the record itself would be a 404 for
 * them. Null sets: everything (province-wide roles).
 */
public record LinkReach(Set<Long> chains, Set<Long> cooperatives, Set<Long> enterprises) {

    public static final LinkReach ALL = new LinkReach(null, null, null);

    public boolean chain(Long id) {
        return id != null && (chains == null || chains.contains(id));
    }

    public boolean cooperative(Long id) {
        return id != null && (cooperatives == null || cooperatives.contains(id));
    }

    public boolean enterprise(Long id) {
        return id != null && (enterprises == null || enterprises.contains(id));
    }
}
