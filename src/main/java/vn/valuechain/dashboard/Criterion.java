package vn.valuechain.dashboard;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;

/**
 * The eight criteria of chain completeness (docs: domain, "Chain completeness"), in the order reports use.
 * Each is computed by {@link IndicatorSql} as a column: true (met), false (not met) or null (not applicable).
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public enum Criterion {
    COOPERATIVE("c_cooperative"),
    ENTERPRISE("c_enterprise"),
    OFFTAKE_CONTRACT("c_offtake"),
    INPUT_CONTRACT("c_input"),
    STAGES("c_stages"),
    CERTIFICATION("c_certification"),
    LABEL("c_label"),
    SCALE("c_scale");

    private final String column;

    public String column() {
        return column;
    }
}
