package vn.valuechain.shared.jpa;

import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.valuechain.shared.domain.Folding;

/**
 * A list's search text as its queries bind it: folded and made a LIKE pattern here, not by
 * {@code vco_search_pattern(:q)} or {@code upper(:q)} in the query. Hibernate keeps no SQL for a query with a
 * parameter inside a function call (such a parameter may be given a list), so each of those queries was translated
 * from HQL again on every request.
 *
 * @param text the text as typed, trimmed ("" for none)
 * @param pattern LIKE "contains the text" over {@code vco_search_key(...)}, its {@code %}, {@code _} and {@code \}
 *     taken literally: the database's own {@code vco_search_pattern} of the text
 * @param upper the text in capitals, for codes compared without case
 */
public record SearchPattern(String text, String pattern, String upper) {

    /** A search that finds at most this many records lists them by their ids ({@link #fewMatches}). */
    public static final int FEW = 200;

    /**
     * The ids of the records this search finds, when they are at most {@link #FEW}; null without a search or when
     * there are more. A list asked for its search's matches in its own query makes PostgreSQL walk every record in
     * the list's order to test each (it cannot tell how many a pattern finds): 25,000 cooperatives or 70,000
     * contracts for a handful. Looked up first in each table's trigram index, a handful is listed by its ids; many
     * are found soon in the list's order, so those keep the list's query, and pay for the look first.
     *
     * @param lookUp the matches, at most as many rows as asked, a record once per place it matched
     */
    public List<Long> fewMatches(IntFunction<List<Long>> lookUp) {
        if (text.isEmpty()) {
            return null;
        }
        List<Long> found = lookUp.apply(FEW + 1);
        return found.size() > FEW ? null : found.stream().distinct().toList();
    }

    /** Makes the patterns: Vietnamese and plain letters folded here, anything else by the database (SearchPatternTest). */
    @Component
    @RequiredArgsConstructor
    public static class Maker {

        private final JdbcClient jdbc;

        public SearchPattern of(String text) {
            String trimmed = text == null ? "" : text.trim();
            String key = Folding.fold(trimmed);
            // Folding and unaccent agree on letters with diacritics; unaccent also rewrites other signs ("–" as "-").
            String pattern = key.chars().allMatch(c -> c < 128)
                    ? "%" + key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
                    : jdbc.sql("select " + databasePattern(":text"))
                            .param("text", trimmed)
                            .query(String.class)
                            .single();
            return new SearchPattern(trimmed, pattern, trimmed.toUpperCase(Locale.ROOT));
        }
    }

    /** SQL for the pattern of the text {@code argument} stands for, as the database makes it. */
    static String databasePattern(String argument) {
        return "('%' || replace(replace(replace(vco_search_key(" + argument
                + "), '\\', '\\\\'), '%', '\\%'), '_', '\\_') || '%')";
    }
}
