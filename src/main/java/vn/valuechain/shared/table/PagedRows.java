package vn.valuechain.shared.table;

import java.util.List;
import java.util.function.Function;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/**
 * The rows of a paginated list query, read a thousand at a time: the same query, filters and sort as the page on
 * screen, without its page size.
 */
public final class PagedRows {

    static final int CHUNK = 1000;

    private PagedRows() {}

    public static <T> RowSource of(Function<Pageable, Page<T>> query, Sort sort, Function<T, List<?>> cells) {
        return out -> {
            Page<T> page = query.apply(PageRequest.of(0, CHUNK, sort));
            out.total(page.getTotalElements());
            while (true) {
                page.getContent().forEach(row -> out.row(cells.apply(row)));
                if (!page.hasNext()) {
                    return;
                }
                page = query.apply(page.nextPageable());
            }
        };
    }

    /** Rows already in memory (a dashboard table, a short summary). */
    public static <T> RowSource of(List<T> rows, Function<T, List<?>> cells) {
        return out -> {
            out.total(rows.size());
            rows.forEach(row -> out.row(cells.apply(row)));
        };
    }
}
