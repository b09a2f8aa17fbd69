package vn.valuechain.shared.web;

import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The sort orders a list offers and its order when none is asked: a hand-edited {@code ?sort=} never reaches the
 * query as an error, and a page never holds more than 200 rows; a hand-edited {@code ?page=} past what a query
 * can skip (an offset beyond 2^31 is refused by JPA) is an empty page, not an error.
 */
public final class SortableBy {

    private final Set<String> properties;
    private final Sort fallback;

    private SortableBy(Sort fallback, Set<String> properties) {
        this.properties = properties;
        this.fallback = fallback;
    }

    public static SortableBy of(Sort fallback, String... properties) {
        return new SortableBy(fallback, Set.of(properties));
    }

    /** The page asked for, sorted only by what the list offers. */
    public Pageable page(Pageable pageable) {
        Sort sort = Sort.by(pageable.getSort().stream()
                .filter(o -> properties.contains(o.getProperty()))
                .toList());
        int size = Math.min(pageable.getPageSize(), 200);
        int page = Math.min(pageable.getPageNumber(), Integer.MAX_VALUE / size - 1);
        return PageRequest.of(page, size, sort.isSorted() ? sort : fallback);
    }

    /** The order of the list on screen, for its export (every page). */
    public Sort sort(Pageable pageable) {
        return page(pageable).getSort();
    }
}
