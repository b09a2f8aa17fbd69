package vn.valuechain.plan;

import java.time.LocalDate;

/** Plans as the list, the plan page and the forms read them. */
public final class PlanRows {

    private PlanRows() {}

    public record PlanRow(
            Long id,
            String documentNumber,
            LocalDate issuedOn,
            String title,
            String issuingBody,
            Integer periodStartYear,
            Integer periodEndYear,
            String amendsNumber,
            String provinceName,
            long itemCount,
            boolean illustrative) {}

    public record PlanView(
            Long id,
            long version,
            String documentNumber,
            LocalDate issuedOn,
            String title,
            String issuingBody,
            Integer periodStartYear,
            Integer periodEndYear,
            Long amendsId,
            String amendsNumber,
            Long provinceId,
            String provinceName,
            boolean illustrative) {}

    public record SectionRow(Long id, Long planId, String code, String title, Long chainId, int sortOrder) {}

    public record PlanOption(Long id, String documentNumber, String title) {}
}
