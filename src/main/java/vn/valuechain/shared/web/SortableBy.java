package vn.valuechain.shared.web;

import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * Keeps only the sort orders a list offers, so a hand-edited ?sort= never reaches the query as an error; and keeps
 * a hand-edited ?page= within what a query can skip (an offset past 2^31 is refused by JPA): beyond it, an empty page.
 */
public final class SortableBy {

    private SortableBy() {}

    public static Pageable only(Pageable pageable, Set<String> properties, Sort fallback) {
        Sort sort = Sort.by(pageable.getSort().stream()
                .filter(o -> properties.contains(o.getProperty()))
                .toList());
        int size = Math.min(pageable.getPageSize(), 200);
        int page = Math.min(pageable.getPageNumber(), Integer.MAX_VALUE / size - 1);
        return PageRequest.of(page, size, sort.isSorted() ? sort : fallback);
    }
}
