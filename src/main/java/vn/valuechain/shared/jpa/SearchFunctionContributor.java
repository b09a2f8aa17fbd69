package vn.valuechain.shared.jpa;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * Makes the database's {@code vco_search_key(text)} (lower case, accents removed; see V1__schema.sql)
 * callable from JPQL, so "mo cay" finds "Mỏ Cày" through the trigram indexes on that expression; and
 * {@code vco_search_pattern(text)}, the LIKE pattern "contains this text" with the text's own {@code %}, {@code _}
 * and {@code \} taken literally (a search for "%" finds a "%", not everything).
 */
public class SearchFunctionContributor implements FunctionContributor {

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        var text = functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.STRING);
        functions.getFunctionRegistry().registerPattern("vco_search_key", "vco_search_key(?1)", text);
        functions
                .getFunctionRegistry()
                .registerPattern("vco_search_pattern", SearchPattern.databasePattern("?1"), text);
    }
}
