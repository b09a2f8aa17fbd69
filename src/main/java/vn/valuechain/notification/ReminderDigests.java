package vn.valuechain.notification;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.geo.GeoService;
import vn.valuechain.geo.UnitScope;
import vn.valuechain.progress.ItemViews;
import vn.valuechain.progress.ItemViews.MyItems;
import vn.valuechain.progress.ProgressReportService;
import vn.valuechain.progress.ReportPeriod;
import vn.valuechain.progress.ReportStatus;
import vn.valuechain.shared.security.UnitScopedUser;
import vn.valuechain.user.ReminderRecipient;
import vn.valuechain.user.Role;
import vn.valuechain.user.UserService;

/**
 * What a person is reminded of on a day, in Vietnamese: a local official of the reports their unit owes for the
 * quarter in its last seven days and of those returned to them; the office of the reports sent in; both of the
 * certificates and contracts within their reach that come within 30 days of their end. "Since" is the person's
 * previous digest, so that each report and each end date is said once.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class ReminderDigests {

    /** A report is reminded of in the last days of its period. */
    static final int DUE_WITHIN_DAYS = 7;

    /** Certificates and contracts are reminded of when their end is this many days away. */
    static final int EXPIRY_DAYS = 30;

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final int MOST = 200;

    private final UserService users;
    private final ItemViews views;
    private final ProgressReportService reports;
    private final GeoService geo;
    private final JdbcClient jdbc;
    private final MessageSource messages;

    /** The digest of one person for today, with what happened since their previous one. */
    public Digest of(ReminderRecipient recipient, Instant since, LocalDate sinceDay, LocalDate today) {
        UnitScopedUser user = users.principal(recipient.id());
        List<Digest.Section> sections = new ArrayList<>();
        if (recipient.role() == Role.DISTRICT) {
            MyItems mine = views.myItems(user, today, PageRequest.of(0, 1));
            ReportPeriod quarter = mine.quarter();
            if (ChronoUnit.DAYS.between(today, quarter.end()) <= DUE_WITHIN_DAYS) {
                section(
                        sections,
                        text("reminder.due", period(quarter), DMY.format(quarter.end())),
                        mine.due().stream()
                                .map(d -> new Digest.Line(
                                        item(
                                                d.item().item().sectionCode(),
                                                d.item().item().ordinal(),
                                                d.item().item().content()),
                                        d.draft() == null
                                                ? "/progress-reports/new?item="
                                                        + d.item().item().id()
                                                : "/progress-reports/"
                                                        + d.draft().id() + "/edit"))
                                .toList());
            }
            section(
                    sections,
                    text("reminder.returned"),
                    mine.returned().stream()
                            .filter(r ->
                                    r.reviewedAt() != null && r.reviewedAt().isAfter(since))
                            .map(r -> new Digest.Line(
                                    text(
                                            "reminder.returned.line",
                                            item(r.sectionCode(), r.ordinal(), r.content()),
                                            period(r.period()),
                                            r.reviewComment()),
                                    "/progress-reports/" + r.id() + "/edit"))
                            .toList());
        } else {
            section(
                    sections,
                    text("reminder.submitted"),
                    reports
                            .list(
                                    ReportStatus.SUBMITTED,
                                    null,
                                    user,
                                    PageRequest.of(0, MOST, Sort.by(Sort.Order.asc("submittedAt"))))
                            .stream()
                            .filter(r ->
                                    r.submittedAt() != null && r.submittedAt().isAfter(since))
                            .map(r -> new Digest.Line(
                                    text(
                                            "reminder.submitted.line",
                                            r.unitName(),
                                            item(r.sectionCode(), r.ordinal(), r.content()),
                                            period(r.period())),
                                    "/progress-reports/" + r.id()))
                            .toList());
        }
        Ends ends = new Ends(geo.scopeOf(user), sinceDay.plusDays(EXPIRY_DAYS), today.plusDays(EXPIRY_DAYS));
        section(sections, text("reminder.certificates"), certificates(ends));
        section(sections, text("reminder.contracts"), contracts(ends));
        return new Digest(sections);
    }

    /** Valid certificates within reach whose end date came within 30 days since the previous digest. */
    private List<Digest.Line> certificates(Ends ends) {
        PartyColumns holder = new PartyColumns("c", "holder");
        return ending(
                "select c.id, c.type, c.number, c.valid_to, " + holder.name() + " as holder from certification c"
                        + holder.joins() + " where c.status = 'VALID'",
                "c.valid_to",
                holder.within(),
                ends,
                (rs, i) -> new Digest.Line(
                        text(
                                "reminder.certificates.line",
                                text("enum.CertificationType." + rs.getString("type"))
                                        + (rs.getString("number") == null ? "" : " " + rs.getString("number")),
                                rs.getString("holder"),
                                DMY.format(rs.getObject("valid_to", LocalDate.class))),
                        "/certifications/" + rs.getLong("id")));
    }

    /** Signed contracts within reach (as the contracts list reaches them) whose end came within 30 days. */
    private List<Digest.Line> contracts(Ends ends) {
        PartyColumns seller = new PartyColumns("k", "seller");
        PartyColumns buyer = new PartyColumns("k", "buyer");
        return ending(
                "select k.id, k.number, k.end_on, " + seller.name() + " as seller, " + buyer.name() + " as buyer"
                        + " from linkage_contract k" + seller.joins() + buyer.joins() + " where k.status = 'SIGNED'",
                "k.end_on",
                "exists (select 1 from chain_unit cu where cu.chain_id = k.chain_id"
                        + " and cu.administrative_unit_id in (:units)) or " + seller.within() + " or "
                        + buyer.within(),
                ends,
                (rs, i) -> new Digest.Line(
                        text(
                                "reminder.contracts.line",
                                rs.getString("number") == null
                                        ? text("reminder.contract.noNumber")
                                        : rs.getString("number"),
                                rs.getString("seller"),
                                rs.getString("buyer"),
                                DMY.format(rs.getObject("end_on", LocalDate.class))),
                        "/contracts/" + rs.getLong("id")));
    }

    /** The records within a scope whose end falls in (from, to]: certificates and contracts alike. */
    private record Ends(UnitScope scope, LocalDate from, LocalDate to) {}

    /**
     * The lines of the records a select reads (ending in its where clause) whose end column falls within the window
     * and that are within the scope (the condition on {@code :units}), the soonest end first, at most {@link #MOST}.
     */
    private List<Digest.Line> ending(
            String select, String end, String withinUnits, Ends ends, RowMapper<Digest.Line> line) {
        String table = end.substring(0, end.indexOf('.'));
        return jdbc.sql(select + " and " + end + " > :from and " + end + " <= :to and (:all or " + withinUnits
                        + ") order by " + end + ", " + table + ".id limit :most")
                .param("from", ends.from())
                .param("to", ends.to())
                .param("all", ends.scope().unrestricted())
                .param("units", ends.scope().ids())
                .param("most", MOST)
                .query(line)
                .list();
    }

    /**
     * A party a record names in three columns ({@code <role>_cooperative_id}, {@code <role>_enterprise_id},
     * {@code <role>_households_name}): its name, the joins that read it, and whether it lies in one of {@code :units}.
     */
    private record PartyColumns(String table, String role) {

        String name() {
            return "coalesce(%2$s_c.name, %2$s_e.name, %1$s.%2$s_households_name)".formatted(table, role);
        }

        String joins() {
            return (" left join cooperative %2$s_c on %2$s_c.id = %1$s.%2$s_cooperative_id"
                            + " left join enterprise %2$s_e on %2$s_e.id = %1$s.%2$s_enterprise_id")
                    .formatted(table, role);
        }

        String within() {
            return "%1$s_c.administrative_unit_id in (:units) or %1$s_e.administrative_unit_id in (:units)"
                    .formatted(role);
        }
    }

    private static void section(List<Digest.Section> sections, String heading, List<Digest.Line> lines) {
        if (!lines.isEmpty()) {
            sections.add(new Digest.Section(heading, lines));
        }
    }

    private String period(ReportPeriod period) {
        return text(period.labelKey(), period.labelArgs());
    }

    private static String item(String section, String ordinal, String content) {
        String words = content.length() > 120 ? content.substring(0, 119) + "…" : content;
        return section + "." + ordinal + " " + words;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }
}
