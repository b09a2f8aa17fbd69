package vn.valuechain.shared.jpa;

import org.hibernate.boot.model.FunctionContributions;
import org.hibernate.boot.model.FunctionContributor;
import org.hibernate.type.StandardBasicTypes;

/**
 * Makes the database's {@code vco_search_key(text)} (lower case, accents removed; see V1__schema.sql)
 * callable from JPQL, so "mo cay" finds "Mỏ Cày" through the trigram indexes on that expression.
 */
public class SearchFunctionContributor implements FunctionContributor {

    @Override
    public void contributeFunctions(FunctionContributions functions) {
        functions
                .getFunctionRegistry()
                .registerPattern(
                        "vco_search_key",
                        "vco_search_key(?1)",
                        functions.getTypeConfiguration().getBasicTypeRegistry().resolve(StandardBasicTypes.STRING));
    }
}
