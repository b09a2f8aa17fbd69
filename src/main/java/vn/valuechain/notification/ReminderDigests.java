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
        UnitScope scope = geo.scopeOf(user);
        LocalDate from = sinceDay.plusDays(EXPIRY_DAYS);
        LocalDate to = today.plusDays(EXPIRY_DAYS);
        section(sections, text("reminder.certificates"), certificates(scope, from, to));
        section(sections, text("reminder.contracts"), contracts(scope, from, to));
        return new Digest(sections);
    }

    /** Valid certificates within reach whose end date came within 30 days since the previous digest. */
    private List<Digest.Line> certificates(UnitScope scope, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select c.id, c.type, c.number, c.valid_to,
                               coalesce(hc.name, he.name, c.holder_households_name) as holder
                        from certification c
                          left join cooperative hc on hc.id = c.holder_cooperative_id
                          left join enterprise he on he.id = c.holder_enterprise_id
                        where c.status = 'VALID' and c.valid_to > :from and c.valid_to <= :to
                          and (:all or hc.administrative_unit_id in (:units) or he.administrative_unit_id in (:units))
                        order by c.valid_to, c.id
                        limit :most
                        """)
                .param("from", from)
                .param("to", to)
                .param("all", scope.unrestricted())
                .param("units", scope.ids())
                .param("most", MOST)
                .query((rs, i) -> new Digest.Line(
                        text(
                                "reminder.certificates.line",
                                text("enum.CertificationType." + rs.getString("type"))
                                        + (rs.getString("number") == null ? "" : " " + rs.getString("number")),
                                rs.getString("holder"),
                                DMY.format(rs.getObject("valid_to", LocalDate.class))),
                        "/certifications/" + rs.getLong("id")))
                .list();
    }

    /** Signed contracts within reach (as the contracts list reaches them) whose end came within 30 days. */
    private List<Digest.Line> contracts(UnitScope scope, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select k.id, k.number, k.end_on,
                               coalesce(sc.name, se.name, k.seller_households_name) as seller,
                               coalesce(bc.name, be.name, k.buyer_households_name) as buyer
                        from linkage_contract k
                          left join cooperative sc on sc.id = k.seller_cooperative_id
                          left join enterprise se on se.id = k.seller_enterprise_id
                          left join cooperative bc on bc.id = k.buyer_cooperative_id
                          left join enterprise be on be.id = k.buyer_enterprise_id
                        where k.status = 'SIGNED' and k.end_on > :from and k.end_on <= :to
                          and (:all
                               or exists (select 1 from chain_unit cu where cu.chain_id = k.chain_id
                                          and cu.administrative_unit_id in (:units))
                               or sc.administrative_unit_id in (:units) or se.administrative_unit_id in (:units)
                               or bc.administrative_unit_id in (:units) or be.administrative_unit_id in (:units))
                        order by k.end_on, k.id
                        limit :most
                        """)
                .param("from", from)
                .param("to", to)
                .param("all", scope.unrestricted())
                .param("units", scope.ids())
                .param("most", MOST)
                .query((rs, i) -> new Digest.Line(
                        text(
                                "reminder.contracts.line",
                                rs.getString("number") == null
                                        ? text("reminder.contract.noNumber")
                                        : rs.getString("number"),
                                rs.getString("seller"),
                                rs.getString("buyer"),
                                DMY.format(rs.getObject("end_on", LocalDate.class))),
                        "/contracts/" + rs.getLong("id")))
                .list();
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
