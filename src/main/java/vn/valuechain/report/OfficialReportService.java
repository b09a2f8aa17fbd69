package vn.valuechain.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.dashboard.Criterion;
import vn.valuechain.dashboard.DashboardFilters;
import vn.valuechain.dashboard.IndicatorService;
import vn.valuechain.dashboard.Summary;
import vn.valuechain.plan.AgencyRole;
import vn.valuechain.plan.GroupSummary;
import vn.valuechain.plan.ItemStatus;
import vn.valuechain.plan.ItemSummary;
import vn.valuechain.plan.PlanRows.PlanView;
import vn.valuechain.plan.PlanService;
import vn.valuechain.plan.PlanService.Framework;
import vn.valuechain.plan.PlanService.SectionGroup;
import vn.valuechain.progress.ItemViews;
import vn.valuechain.progress.ProgressReportService;
import vn.valuechain.progress.ReportFinding;
import vn.valuechain.progress.ReportPeriod;
import vn.valuechain.report.OfficialDocument.Block;
import vn.valuechain.report.OfficialDocument.Bullet;
import vn.valuechain.report.OfficialDocument.Heading;
import vn.valuechain.report.OfficialDocument.Table;
import vn.valuechain.report.OfficialDocument.Text;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.time.OfficeTime;

/**
 * "Báo cáo kết quả thực hiện kế hoạch": the department's report on a plan for a period, as Decree 30/2020/NĐ-CP lays
 * it out. Its figures are those of the pages, on the period's last day (or today while the period runs): the chains
 * of the plan as the dashboard counts them, the items by status, by lead agency and by unit as the follow-up views
 * count them, each section's items; then the difficulties and proposals of the accepted progress reports of the
 * period. The province-wide report of the office: not a local official's (see the URL rules).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class OfficialReportService {

    private static final List<ItemStatus> STATUS_ORDER = List.of(
            ItemStatus.DONE,
            ItemStatus.IN_PROGRESS,
            ItemStatus.AT_RISK,
            ItemStatus.OVERDUE,
            ItemStatus.NOT_STARTED,
            ItemStatus.UNKNOWN);

    private final PlanService plans;
    private final DashboardFilters filters;
    private final IndicatorService indicators;
    private final ItemViews items;
    private final ProgressReportService reports;
    private final IssuingOffice office;
    private final MessageSource messages;
    private final OfficeTime officeTime;

    /** The report on the plan for the period, dated today. */
    public OfficialDocument report(long planId, ReportPeriod period, UnitScopedUser user) {
        LocalDate today = officeTime.today();
        LocalDate on = period.end().isAfter(today) ? today : period.end();
        Framework framework = plans.framework(planId, user, on);
        PlanView plan = framework.plan();
        IssuingOffice.Office issuer = office.of(plan.provinceName());
        Words w = new Words(LocaleContextHolder.getLocale());
        String planReference = planReference(plan, w);
        String periodLabel = w.label(period.labelKey(), period.labelArgs());
        DashboardFilters.Resolved scope = filters.resolve(on, null, null, planId, user);
        Summary figures = indicators.summary(scope.filter());

        List<Block> body = new ArrayList<>();
        body.add(new Text(w.label("official.intro", planReference, issuer.name(), periodLabel, w.date(on))));
        body.add(new Heading(1, w.label("official.results")));
        body.add(new Heading(2, w.label("official.results.chains")));
        body.add(new Text(w.label("official.results.chains.intro", figures.chains(), w.date(on))));
        body.add(headline(figures, w));
        body.add(criteria(figures, w));
        body.add(new Heading(2, w.label("official.results.items")));
        body.add(new Text(w.label("official.results.items.intro", framework.itemCount(), w.date(on))));
        List<ItemStatus> statuses = STATUS_ORDER.stream()
                .filter(s -> framework.statusCounts().getOrDefault(s, 0L) > 0)
                .toList();
        body.add(byStatus(framework, statuses, w));
        var units = scope.filter().units();
        body.add(groups(
                "official.table.byAgency",
                "official.byAgency.group",
                items.byAgency(AgencyRole.LEAD, units, planId, on),
                statuses,
                w));
        body.add(
                groups("official.table.byUnit", "official.byUnit.group", items.byUnit(units, planId, on), statuses, w));
        body.add(new Heading(2, w.label("official.results.sections")));
        int table = 6;
        for (SectionGroup section : framework.sections()) {
            body.add(new Heading(
                    3, section.section().code() + ". " + section.section().title()));
            body.add(new Text(sectionSummary(section, w)));
            if (!section.items().isEmpty()) {
                body.add(sectionItems(table++, section, w));
            }
        }
        List<ReportFinding> findings = reports.findings(planId, period);
        body.add(new Heading(1, w.label("official.difficulties")));
        findingsOf(findings, ReportFinding::difficulties, "official.difficulties.none", body, w);
        body.add(new Heading(1, w.label("official.proposals")));
        findingsOf(findings, ReportFinding::proposals, "official.proposals.none", body, w);
        body.add(new Text(w.label("official.closing", periodLabel, planReference)));

        List<String> recipients = new ArrayList<>();
        recipients.add(w.label(
                "official.recipients.superior",
                plan.issuingBody() != null ? plan.issuingBody() : w.label("official.recipients.committee")));
        recipients.add(w.label("official.recipients.agencies"));
        recipients.add(w.label("official.recipients.archive", issuer.abbreviation()));
        return new OfficialDocument(
                new OfficialDocument.Letterhead(
                        issuer.superior(), issuer.issuer(), w.label("official.country"), w.label("official.motto")),
                w.label("official.number", issuer.abbreviation()),
                w.label(
                        "official.placeAndDate",
                        issuer.place(),
                        w.twoDigits(today.getDayOfMonth()),
                        w.twoDigits(today.getMonthValue()),
                        String.valueOf(today.getYear())),
                List.of(
                        w.label("official.kind"),
                        w.label("official.subject", planReference),
                        w.label("official.period", periodLabel)),
                body,
                w.label("official.recipients"),
                recipients,
                w.label("official.signer"),
                w.label("official.signer.name"));
    }

    /** "Kế hoạch số 2835/KH-UBND ngày 15/6/2018 của UBND tỉnh Bến Tre", with what the plan says of itself. */
    private static String planReference(PlanView plan, Words w) {
        StringBuilder reference = new StringBuilder(w.label("official.plan", plan.documentNumber()));
        if (plan.issuedOn() != null) {
            reference.append(' ').append(w.label("official.plan.issuedOn", w.shortDate(plan.issuedOn())));
        }
        if (plan.issuingBody() != null) {
            reference.append(' ').append(w.label("official.plan.issuedBy", plan.issuingBody()));
        }
        return reference.toString();
    }

    /** Table 1: the dashboard's headline figures in the reports' words, for the plan's chains. */
    private static Table headline(Summary s, Words w) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(w.label("official.figure.chains"), w.number(s.chains()), ""));
        rows.add(share(w.label("dashboard.sentence.complete"), s.complete(), s.chains(), w));
        rows.add(share(
                w.label("dashboard.sentence.cooperativeAndEnterprise"), s.cooperativeAndEnterprise(), s.chains(), w));
        rows.add(share(w.label("dashboard.sentence.certified"), s.certified(), s.chains(), w));
        rows.add(share(w.label("dashboard.sentence.offtake"), s.withOfftake(), s.chains(), w));
        rows.add(share(w.label("dashboard.sentence.stableCooperatives"), s.stableCooperatives(), s.cooperatives(), w));
        rows.add(List.of(
                w.label("dashboard.sentence.enterprisesWithOfftake"), w.number(s.enterprisesWithOfftake()), ""));
        rows.add(List.of(w.label("dashboard.tile.contracted"), "", w.percent(s.contractedCoverage())));
        rows.add(List.of(w.label("dashboard.tile.realised"), "", w.percent(s.realisedCoverage())));
        return new Table(
                w.label("official.table.headline"),
                List.of(
                        w.label("official.col.figure"),
                        w.label("official.col.result"),
                        w.label("official.col.percent")),
                rows,
                Set.of(1, 2),
                false);
    }

    private static List<String> share(String label, long part, long whole, Words w) {
        return List.of(label, w.number(part) + "/" + w.number(whole), w.percent(percent(part, whole)));
    }

    /** Table 2: chain completeness criterion by criterion. */
    private static Table criteria(Summary s, Words w) {
        List<List<String>> rows = Arrays.stream(Criterion.values())
                .map(c -> {
                    Summary.Tally t = s.criteria().get(c);
                    return List.of(
                            w.label("criterion." + c + ".name"),
                            w.number(t.met()),
                            w.number(t.applicable()),
                            w.percent(t.percent()));
                })
                .toList();
        return new Table(
                w.label("official.table.criteria"),
                List.of(
                        w.label("dashboard.criterion"),
                        w.label("official.col.met"),
                        w.label("official.col.applicable"),
                        w.label("official.col.percent")),
                rows,
                Set.of(1, 2, 3),
                false);
    }

    /** Table 3: the plan's items by status on the date, with the total. */
    private static Table byStatus(Framework framework, List<ItemStatus> statuses, Words w) {
        long total = framework.itemCount();
        List<List<String>> rows = new ArrayList<>();
        for (ItemStatus s : statuses) {
            long n = framework.statusCounts().getOrDefault(s, 0L);
            rows.add(List.of(w.label("status." + s), w.number(n), w.percent(percent(n, total))));
        }
        rows.add(List.of(w.label("official.total"), w.number(total), w.percent(percent(total, total))));
        return new Table(
                w.label("official.table.byStatus"),
                List.of(w.label("official.col.status"), w.label("official.col.items"), w.label("official.col.percent")),
                rows,
                Set.of(1, 2),
                true);
    }

    /** Tables 4 and 5: items by lead agency or by unit, by status, with the share done. */
    private static Table groups(
            String caption, String groupLabel, List<GroupSummary> groups, List<ItemStatus> statuses, Words w) {
        List<String> headers = new ArrayList<>(List.of(w.label(groupLabel), w.label("official.col.items")));
        statuses.forEach(s -> headers.add(w.label("status." + s)));
        headers.add(w.label("official.col.donePercent"));
        List<List<String>> rows = groups.stream()
                .map(g -> {
                    List<String> cells = new ArrayList<>(List.of(g.label(), w.number(g.total())));
                    statuses.forEach(s -> cells.add(w.number(g.count(s))));
                    cells.add(w.percent(percent(g.count(ItemStatus.DONE), g.total())));
                    return (List<String>) cells;
                })
                .toList();
        return new Table(
                w.label(caption),
                headers,
                rows,
                IntStream.range(1, headers.size()).boxed().collect(Collectors.toSet()),
                false);
    }

    /** "4 nhiệm vụ: Hoàn thành 1, Đang thực hiện 2, Quá hạn 1." */
    private static String sectionSummary(SectionGroup section, Words w) {
        Map<ItemStatus, Long> counts = new EnumMap<>(ItemStatus.class);
        section.items().forEach(i -> counts.merge(i.status().status(), 1L, Long::sum));
        String byStatus = STATUS_ORDER.stream()
                .filter(counts::containsKey)
                .map(s -> w.label("status." + s) + " " + w.number(counts.get(s)))
                .collect(Collectors.joining(", "));
        return section.items().isEmpty()
                ? w.label("official.section.empty")
                : w.label("official.section.summary", section.items().size(), byStatus);
    }

    /** The section's items: number, content, lead agency, status and share achieved. */
    private static Table sectionItems(int number, SectionGroup section, Words w) {
        List<List<String>> rows = section.items().stream()
                .map(i -> List.of(
                        i.item().ordinal(),
                        i.item().content(),
                        i.lead().stream().map(ItemSummary.AgencyCell::writtenAs).collect(Collectors.joining("; ")),
                        w.label("status." + i.status().status()),
                        w.percent(BigDecimal.valueOf(i.status().achievement().share() * 100)
                                .setScale(1, RoundingMode.HALF_UP))))
                .toList();
        return new Table(
                w.label("official.table.section", number, section.section().code()),
                List.of(
                        w.label("framework.ordinal"),
                        w.label("framework.content"),
                        w.label("framework.lead"),
                        w.label("official.col.status"),
                        w.label("official.col.achieved")),
                rows,
                Set.of(4),
                false);
    }

    /** One line per report that says something: "Huyện Chợ Lách (nhiệm vụ II.1.4, Quý 3/2026): …". */
    private static void findingsOf(
            List<ReportFinding> findings,
            Function<ReportFinding, String> text,
            String noneKey,
            List<Block> body,
            Words w) {
        List<ReportFinding> saying = findings.stream()
                .filter(f -> text.apply(f) != null && !text.apply(f).isBlank())
                .toList();
        if (saying.isEmpty()) {
            body.add(new Text(w.label(noneKey)));
        }
        for (ReportFinding f : saying) {
            body.add(new Bullet(w.label(
                    "official.finding",
                    f.unitName(),
                    f.sectionCode() + "." + f.ordinal(),
                    w.label(f.period().labelKey(), f.period().labelArgs()),
                    text.apply(f).strip())));
        }
    }

    private static BigDecimal percent(long part, long whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part * 100).divide(BigDecimal.valueOf(whole), 1, RoundingMode.HALF_UP);
    }

    /** Messages, numbers and dates in the user's language. */
    private final class Words {

        private final Locale locale;
        private final NumberFormat integers;
        private final NumberFormat decimals;

        Words(Locale locale) {
            this.locale = locale;
            this.integers = NumberFormat.getIntegerInstance(locale);
            this.decimals = NumberFormat.getNumberInstance(locale);
            decimals.setMinimumFractionDigits(1);
            decimals.setMaximumFractionDigits(1);
        }

        String label(String key, Object... args) {
            return messages.getMessage(key, args, key, locale);
        }

        String number(long n) {
            return integers.format(n);
        }

        String percent(BigDecimal value) {
            return value == null ? "—" : decimals.format(value);
        }

        String date(LocalDate date) {
            return DateTimeFormatter.ofPattern("dd/MM/yyyy").format(date);
        }

        /** "15/6/2018", as documents cite one another. */
        String shortDate(LocalDate date) {
            return DateTimeFormatter.ofPattern("d/M/yyyy").format(date);
        }

        String twoDigits(int n) {
            return String.format(locale, "%02d", n);
        }
    }
}
