package vn.valuechain.shared.web;

import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Keeps only the sort orders a list offers, so a hand-edited ?sort= never reaches the query as an error. */
public final class SortableBy {

    private SortableBy() {}

    public static Pageable only(Pageable pageable, Set<String> properties, Sort fallback) {
        Sort sort = Sort.by(pageable.getSort().stream()
                .filter(o -> properties.contains(o.getProperty()))
                .toList());
        return PageRequest.of(
                pageable.getPageNumber(), Math.min(pageable.getPageSize(), 200), sort.isSorted() ? sort : fallback);
    }
}
