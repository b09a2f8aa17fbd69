package vn.valuechain.plan.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.valuechain.agency.AgencyResolver.ResolvedAgency;

/**
 * How an agency cell reads, one line per phrase as written ({@code @agencyLines.of(resolved)}): the districts of a
 * group phrase are one line.
 */
@Component("agencyLines")
class AgencyLines {

    public List<Line> of(List<ResolvedAgency> resolved) {
        return resolved.stream()
                .collect(Collectors.groupingBy(ResolvedAgency::writtenAs, LinkedHashMap::new, Collectors.toList()))
                .entrySet()
                .stream()
                .map(e -> new Line(
                        e.getKey(),
                        e.getValue().stream()
                                .map(r -> r.agencyLabel() != null ? r.agencyLabel() : r.unitName())
                                .filter(Objects::nonNull)
                                .distinct()
                                .collect(Collectors.joining(", ")),
                        e.getValue().stream().anyMatch(ResolvedAgency::needsReview)))
                .toList();
    }

    /** A phrase as written, and the agency or districts it reads as; flagged when it reads as nothing. */
    public record Line(String writtenAs, String meaning, boolean flagged) {}
}
