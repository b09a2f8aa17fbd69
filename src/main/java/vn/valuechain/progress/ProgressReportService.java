package vn.valuechain.progress;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.geo.GeoService;
import vn.valuechain.plan.ActionItem;
import vn.valuechain.plan.ActionItemService;
import vn.valuechain.plan.FrameworkRows;
import vn.valuechain.plan.FrameworkRows.TargetRow;
import vn.valuechain.plan.ItemScope;
import vn.valuechain.plan.Target;
import vn.valuechain.progress.ProgressReportRepository.ValueRow;
import vn.valuechain.shared.jpa.StaleEdit;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.shared.web.NotFoundException;

/**
 * Progress reports and their review: a DISTRICT user drafts and submits reports for their own unit on the items
 * naming it; the office accepts a submitted report, which locks it, or returns it with a comment, after which it can
 * be corrected and submitted again. Anything outside a DISTRICT user's unit is not found for them.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ProgressReportService {

    private static final Set<ReportStatus> EDITABLE = Set.of(ReportStatus.DRAFT, ReportStatus.RETURNED);

    private final ProgressReportRepository reports;
    private final ActionItemService itemService;
    private final ItemScope scope;
    private final GeoService geo;
    private final ApplicationEventPublisher events;

    /** Reports by status and item, those of a DISTRICT user's unit (and below) only. */
    public Page<ReportRow> list(ReportStatus status, Long itemId, UnitScopedUser user, Pageable pageable) {
        return reports.findRows(status, itemId, GeoService.scopeRoot(user), pageable);
    }

    public ReportRow row(long id, UnitScopedUser user) {
        ReportRow row = reports.findRow(id).orElseThrow(() -> new NotFoundException("ProgressReport", id));
        if (!scope.of(user).includes(row.unitId())) {
            throw new NotFoundException("ProgressReport", id);
        }
        return row;
    }

    /** The report's own words: narrative, difficulties, proposals. */
    public ReportText text(long reportId) {
        return reports.findText(reportId).orElseThrow(() -> new NotFoundException("ProgressReport", reportId));
    }

    /** The item a report is about, as the report pages head it. */
    public FrameworkRows.ItemRow itemRow(long itemId) {
        return itemService.rows(List.of(itemId)).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("ActionItem", itemId));
    }

    /** The report's actual value per target id. */
    public Map<Long, BigDecimal> values(long reportId) {
        return reports.findValues(reportId).stream().collect(Collectors.toMap(ValueRow::targetId, ValueRow::actual));
    }

    /** The item's targets, which a report gives actual values for. */
    public List<TargetRow> targets(long itemId) {
        return itemService.targets(itemId);
    }

    /** Whether the user may report on the item: it names their unit (or one below it). 404 otherwise. */
    public void requireReportable(long itemId, UnitScopedUser user) {
        if (user.getUnitId() == null) {
            throw new NotFoundException("ActionItem", itemId);
        }
        itemService.requireVisible(itemId, user);
    }

    /**
     * A report the user may still change (and whose annexes they may change): their own unit's, a draft or returned.
     * Another unit's is not found; a submitted or accepted one is refused with its status.
     */
    public void requireEditable(long id, UnitScopedUser user) {
        requireEditable(ownReport(id, user));
    }

    /**
     * Difficulties and proposals of the accepted reports on the plan's items whose period lies within the one given
     * (for a year: its quarters, halves and the year; for a quarter: that quarter).
     */
    public List<ReportFinding> findings(long planId, ReportPeriod within) {
        return reports.findFindings(planId, within.year()).stream()
                .filter(f -> !f.period().start().isBefore(within.start())
                        && !f.period().end().isAfter(within.end()))
                .toList();
    }

    public boolean periodTaken(long itemId, long unitId, ReportPeriod period, Long exceptId) {
        return reports.findByActionItemIdAndReportingUnitIdAndPeriodTypeAndPeriodYearAndPeriodNumber(
                        itemId, unitId, period.type(), period.year(), period.number())
                .filter(r -> !r.getId().equals(exceptId))
                .isPresent();
    }

    /** A new report of the user's unit, saved as a draft or submitted at once. */
    @Transactional
    public ProgressReport create(ReportData data, UnitScopedUser user, boolean submit) {
        requireOwnUnit(data.unitId(), user);
        requireReportable(data.itemId(), user);
        ActionItem item = itemService.withTargets(data.itemId());
        ProgressReport report = new ProgressReport(
                item,
                geo.get(user.getUnitId()),
                data.period().type(),
                data.period().year(),
                data.period().number());
        fill(report, item, data);
        reports.save(report);
        if (submit) {
            submit(report, user);
        }
        return report;
    }

    /** Changes a draft or returned report of the user's unit, and submits it if asked. */
    @Transactional
    public ProgressReport update(long id, ReportData data, UnitScopedUser user, boolean submit) {
        ProgressReport report = ownReport(id, user);
        requireOwnUnit(data.unitId(), user);
        StaleEdit.check(report, data.version());
        requireEditable(report);
        report.setPeriodType(data.period().type());
        report.setPeriodYear(data.period().year());
        report.setPeriodNumber(data.period().number());
        fill(report, report.getActionItem(), data);
        if (submit) {
            submit(report, user);
        }
        return report;
    }

    @Transactional
    public void submit(long id, long version, UnitScopedUser user) {
        ProgressReport report = ownReport(id, user);
        StaleEdit.check(report, version);
        submit(report, user);
    }

    @Transactional
    public void returnReport(long id, long version, String comment, UnitScopedUser reviewer) {
        if (comment == null || comment.isBlank()) {
            throw new IllegalArgumentException("A returned report needs a comment");
        }
        ProgressReport report = reviewable(id, version);
        report.setStatus(ReportStatus.RETURNED);
        report.setReviewComment(comment.strip());
        reviewed(report, reviewer, ProgressReportEvent.Kind.RETURNED);
    }

    @Transactional
    public void accept(long id, long version, String comment, UnitScopedUser reviewer) {
        ProgressReport report = reviewable(id, version);
        report.setStatus(ReportStatus.ACCEPTED);
        report.setReviewComment(comment == null || comment.isBlank() ? null : comment.strip());
        reviewed(report, reviewer, ProgressReportEvent.Kind.ACCEPTED);
    }

    private ProgressReport reviewable(long id, long version) {
        ProgressReport report =
                reports.findWithValuesById(id).orElseThrow(() -> new NotFoundException("ProgressReport", id));
        StaleEdit.check(report, version);
        if (report.getStatus() != ReportStatus.SUBMITTED) {
            throw new ReportStateException(id, report.getStatus());
        }
        return report;
    }

    private void reviewed(ProgressReport report, UnitScopedUser reviewer, ProgressReportEvent.Kind kind) {
        report.setReviewedAt(Instant.now());
        report.setReviewedBy(reviewer.getUsername());
        publish(report, kind);
    }

    private void submit(ProgressReport report, UnitScopedUser user) {
        requireEditable(report);
        report.setStatus(ReportStatus.SUBMITTED);
        report.setSubmittedAt(Instant.now());
        report.setSubmittedBy(user.getUsername());
        publish(report, ProgressReportEvent.Kind.SUBMITTED);
    }

    private void publish(ProgressReport report, ProgressReportEvent.Kind kind) {
        ActionItem item = report.getActionItem();
        events.publishEvent(new ProgressReportEvent(
                kind,
                report.getId(),
                item.getSection().getCode() + "." + item.getOrdinal(),
                report.getReportingUnit().getName(),
                new ReportPeriod(report.getPeriodType(), report.getPeriodYear(), report.getPeriodNumber()),
                report.getSubmittedBy()));
    }

    /** A report of the DISTRICT user's own unit; any other is not found for them. */
    private ProgressReport ownReport(long id, UnitScopedUser user) {
        return reports.findWithValuesById(id)
                .filter(r -> Objects.equals(r.getReportingUnit().getId(), user.getUnitId()))
                .orElseThrow(() -> new NotFoundException("ProgressReport", id));
    }

    /** A DISTRICT user reports for their own unit: a form posting another unit is refused as not found. */
    private static void requireOwnUnit(Long unitId, UnitScopedUser user) {
        if (unitId == null || user.getUnitId() == null || !unitId.equals(user.getUnitId())) {
            throw new NotFoundException("AdministrativeUnit", unitId);
        }
    }

    private static void requireEditable(ProgressReport report) {
        if (!EDITABLE.contains(report.getStatus())) {
            throw new ReportStateException(report.getId() == null ? 0 : report.getId(), report.getStatus());
        }
    }

    private static void fill(ProgressReport report, ActionItem item, ReportData data) {
        report.setPercentComplete(data.percentComplete());
        report.setNarrative(blankToNull(data.narrative()));
        report.setDifficulties(blankToNull(data.difficulties()));
        report.setProposals(blankToNull(data.proposals()));
        data.actuals().forEach((targetId, actual) -> {
            Target target = item.getTargets().stream()
                    .filter(t -> t.getId().equals(targetId))
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("Target", targetId));
            // Updated in place: a removed and re-added row would be inserted before the old one is deleted.
            ProgressReportValue existing = report.getValues().stream()
                    .filter(v -> v.getTarget().getId().equals(targetId))
                    .findFirst()
                    .orElse(null);
            if (actual == null) {
                report.getValues().remove(existing);
            } else if (existing == null) {
                report.addValue(target, actual);
            } else {
                existing.setActualValue(actual);
            }
        });
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    public record ReportText(String narrative, String difficulties, String proposals) {}

    /** What the report form submits, already validated for shape; actuals by target id. */
    public record ReportData(
            long version,
            Long itemId,
            Long unitId,
            ReportPeriod period,
            BigDecimal percentComplete,
            String narrative,
            String difficulties,
            String proposals,
            Map<Long, BigDecimal> actuals) {}
}
