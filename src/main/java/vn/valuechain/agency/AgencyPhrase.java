package vn.valuechain.agency;

import java.util.List;

/**
 * One agency as a plan's cell names it: the words as written, and what they denote, either an agency, or the
 * administrative units a group phrase names ("UBND các huyện: Chợ Lách, Bình Đại"), or nothing yet (needsReview).
 */
public record AgencyPhrase(String writtenAs, Long agencyId, List<Long> unitIds, boolean needsReview) {

    static AgencyPhrase agency(String writtenAs, long agencyId) {
        return new AgencyPhrase(writtenAs, agencyId, List.of(), false);
    }

    static AgencyPhrase units(String writtenAs, List<Long> unitIds) {
        return new AgencyPhrase(writtenAs, null, List.copyOf(unitIds), false);
    }

    static AgencyPhrase unresolved(String writtenAs) {
        return new AgencyPhrase(writtenAs, null, List.of(), true);
    }
}
