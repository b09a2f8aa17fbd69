package vn.valuechain.home;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.certification.CertificationFilter;
import vn.valuechain.certification.CertificationRow;
import vn.valuechain.certification.CertificationService;
import vn.valuechain.contract.ContractFilter;
import vn.valuechain.contract.ContractRow;
import vn.valuechain.contract.ContractService;
import vn.valuechain.dashboard.FigureChange;
import vn.valuechain.dashboard.HeadlineFigure;
import vn.valuechain.dashboard.IndicatorFilter;
import vn.valuechain.dashboard.IndicatorService;
import vn.valuechain.dashboard.ScoreChange;
import vn.valuechain.dashboard.Summary;
import vn.valuechain.geo.UnitScope;
import vn.valuechain.plan.ItemFilter;
import vn.valuechain.plan.ItemStatus;
import vn.valuechain.plan.ItemSummary;
import vn.valuechain.progress.ItemViews;
import vn.valuechain.progress.ItemViews.DueItem;
import vn.valuechain.progress.ItemViews.MyItems;
import vn.valuechain.progress.ProgressReportService;
import vn.valuechain.progress.ReportRow;
import vn.valuechain.progress.ReportStatus;
import vn.valuechain.shared.security.UnitScopedUser;

/**
 * The day's work on the home page, per role. Each line is read through the same service as the list it opens (with
 * that list's filters), so the number on the home page is the list's total. A fixed number of statements whatever the
 * number of records: each line one page of its list, the item statuses worked out in the database.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class DayWork {

    /** "Sắp hết hạn" on the home page: certificates and contracts ending within the next 60 days. */
    public static final int EXPIRY_DAYS = 60;

    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final PageRequest FIRST = PageRequest.of(0, Line.FIRST);

    private final ProgressReportService reports;
    private final ItemViews views;
    private final CertificationService certifications;
    private final ContractService contracts;
    private final IndicatorService indicators;

    /** Provincial staff: what waits for them across the province. */
    public StaffWork staff(UnitScopedUser user, LocalDate today) {
        Page<ReportRow> queue = reports.list(
                ReportStatus.SUBMITTED, null, user, FIRST.withSort(Sort.by(Sort.Order.asc("submittedAt"))));
        LocalDate monthAgo = today.minusMonths(1);
        Page<ScoreChange> dropped =
                indicators.dropped(new IndicatorFilter(today, UnitScope.ALL, null, null), monthAgo, FIRST);
        return new StaffWork(
                line(queue, "/progress-reports?status=SUBMITTED&sort=submittedAt,asc"),
                items(ItemStatus.OVERDUE, false, user, today, "/action-items?status=OVERDUE"),
                items(ItemStatus.AT_RISK, false, user, today, "/action-items?status=AT_RISK"),
                expiringCertificates(user),
                expiringContracts(user),
                line(dropped, "/dashboard/chains?selection=dropped&since=" + DMY.format(monthAgo)),
                monthAgo,
                items(null, true, user, today, "/action-items?review=true"));
    }

    /** A local official: the reports their unit owes and must correct, and the certificates about to lapse there. */
    public DistrictWork district(UnitScopedUser user, LocalDate today) {
        MyItems mine = views.myItems(user, today, PageRequest.of(0, 1));
        List<ReportRow> returned = mine.returned().stream()
                .sorted(Comparator.comparing(ReportRow::reviewedAt, Comparator.nullsLast(Comparator.reverseOrder())))
                .toList();
        return new DistrictWork(
                new Line<>(mine.due().size(), "/my-items", first(mine.due())),
                mine.quarter().labelKey(),
                mine.quarter().labelArgs(),
                new Line<>(returned.size(), "/progress-reports?status=RETURNED", first(returned)),
                expiringCertificates(user));
    }

    /**
     * The headline figures of the province today beside the end of the last quarter, each opening the chains,
     * cooperatives or enterprises behind it.
     */
    public Figures figures(LocalDate today) {
        LocalDate quarterEnd = today.withDayOfMonth(1)
                .withMonth((today.getMonthValue() - 1) / 3 * 3 + 1)
                .minusDays(1);
        Summary now = indicators.summary(new IndicatorFilter(today, UnitScope.ALL, null, null));
        Summary before = indicators.summary(new IndicatorFilter(quarterEnd, UnitScope.ALL, null, null));
        return new Figures(
                quarterEnd,
                Arrays.stream(HeadlineFigure.values())
                        .map(h -> FigureChange.of(h, before, now))
                        .toList());
    }

    private Line<CertificationRow> expiringCertificates(UnitScopedUser user) {
        CertificationFilter filter = new CertificationFilter(
                null, null, null, null, null, null, String.valueOf(EXPIRY_DAYS), null, null, null, null);
        return line(
                certifications.list(filter, FIRST.withSort(Sort.by("validTo")), user),
                "/certifications?expiring=" + EXPIRY_DAYS + "&sort=validTo,asc");
    }

    private Line<ContractRow> expiringContracts(UnitScopedUser user) {
        ContractFilter filter = new ContractFilter(
                null, null, null, null, null, null, null, null, null, null, null, String.valueOf(EXPIRY_DAYS));
        return line(
                contracts.list(filter, FIRST.withSort(Sort.by("endOn")), user),
                "/contracts?expiring=" + EXPIRY_DAYS + "&sort=endOn,asc");
    }

    /** The items of a status (or needing a person), as the item list filtered so shows them. */
    private Line<ItemSummary> items(
            ItemStatus status, boolean needsReview, UnitScopedUser user, LocalDate today, String link) {
        ItemFilter filter = new ItemFilter(status, null, null, null, null, needsReview);
        return line(views.list(filter, user, today, FIRST), link);
    }

    private static <T> Line<T> line(Page<T> page, String link) {
        return new Line<>(page.getTotalElements(), link, page.getContent());
    }

    private static <T> List<T> first(List<T> all) {
        return all.stream().limit(Line.FIRST).toList();
    }

    public record StaffWork(
            Line<ReportRow> reviewQueue,
            Line<ItemSummary> overdue,
            Line<ItemSummary> atRisk,
            Line<CertificationRow> certificates,
            Line<ContractRow> contracts,
            Line<ScoreChange> dropped,
            LocalDate droppedSince,
            Line<ItemSummary> needsReview) {}

    public record DistrictWork(
            Line<DueItem> due,
            String periodKey,
            Object[] periodArgs,
            Line<ReportRow> returned,
            Line<CertificationRow> certificates) {}

    public record Figures(LocalDate before, List<FigureChange> changes) {}
}
