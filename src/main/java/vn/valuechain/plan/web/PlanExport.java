package vn.valuechain.plan.web;

import java.util.Arrays;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import vn.valuechain.plan.PlanRows.PlanRow;
import vn.valuechain.plan.PlanService;
import vn.valuechain.shared.table.ColumnType;
import vn.valuechain.shared.table.Exports;
import vn.valuechain.shared.table.PagedRows;
import vn.valuechain.shared.table.TableExport;

/** The list of plans as on screen (its columns and sort, every page) for XLSX or CSV. */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
class PlanExport {

    private final PlanService plans;
    private final Exports exports;

    TableExport of(Sort sort) {
        return exports.table("ke-hoach", "plan.list.title")
                .text("plan.documentNumber")
                .column("plan.issuedOn", ColumnType.DATE)
                .text("plan.title", "plan.period", "plan.province")
                .column("plan.itemCount", ColumnType.INTEGER)
                .rows(PagedRows.of(
                        plans::list,
                        sort,
                        p -> Arrays.asList(
                                p.documentNumber(),
                                p.issuedOn(),
                                title(p),
                                p.periodStartYear() == null ? null : p.periodStartYear() + "–" + p.periodEndYear(),
                                p.provinceName(),
                                p.itemCount())));
    }

    /** The title, and under it the plan it amends, as the list shows them. */
    private String title(PlanRow p) {
        return p.amendsNumber() == null
                ? p.title()
                : p.title() + "\n" + exports.label("plan.amendsShort", p.amendsNumber());
    }
}
