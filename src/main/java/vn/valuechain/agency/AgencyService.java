package vn.valuechain.agency;

import static vn.valuechain.shared.domain.Text.blankToNull;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.geo.GeoService;
import vn.valuechain.shared.jpa.StaleEdit;
import vn.valuechain.shared.web.NotFoundException;

@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class AgencyService {

    private final AgencyRepository agencies;
    private final GeoService geo;
    private final JdbcClient jdbc;

    public Page<AgencyRow> list(String q, Pageable pageable) {
        return agencies.findRows(q == null ? "" : q.trim(), pageable);
    }

    public Agency get(long id) {
        return agencies.findWithAliasesById(id).orElseThrow(() -> new NotFoundException("Agency", id));
    }

    /** The agency with this id, to link to without loading it. */
    public Agency reference(long id) {
        return agencies.getReferenceById(id);
    }

    /** The one agency a name or alias denotes, if exactly one does. */
    public Optional<Agency> resolve(String text) {
        List<Agency> found = agencies.findByNameOrAlias(text.trim());
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /**
     * The agencies a plan of this province on this date may name, with all the names they go by: those of the province
     * or of a province that went into it (Bến Tre's for Vĩnh Long), and those of no province, in existence on the date
     * (Sở NN&PTNT until 28/02/2025, Sở Nông nghiệp và Môi trường from 01/03/2025). No province: any province; no date:
     * any time.
     */
    public List<AgencyNames> directory(Long provinceId, LocalDate on) {
        List<Long> provinces = provinceId == null ? List.of(-1L) : geo.subtreeIds(provinceId);
        return names(agencies.findInForce(provinceId == null, provinces, on));
    }

    private static List<AgencyNames> names(List<Agency> list) {
        return list.stream()
                .map(a -> new AgencyNames(
                        a.getId(),
                        a.getName(),
                        a.getShortName(),
                        a.getKind(),
                        a.getAdministrativeUnit() == null
                                ? null
                                : a.getAdministrativeUnit().getId(),
                        a.getAliases().stream().map(AgencyAlias::getAlias).toList()))
                .toList();
    }

    /**
     * For each agency, the body it is today: itself, or the last of its successors (Bến Tre's Sở NN&PTNT → Bến Tre's Sở
     * NN&MT → Vĩnh Long's Sở NN&MT), with its label; followed in one recursive query.
     */
    public Map<Long, AgencyLabel> today(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<Long, AgencyLabel> today = new HashMap<>();
        jdbc.sql("""
                        with recursive line(start_id, id, depth) as (
                            select a.id, a.id, 0 from agency a where a.id in (:ids)
                            union all
                            select l.start_id, a.successor_id, l.depth + 1 from line l join agency a on a.id = l.id
                            where a.successor_id is not null and l.depth < 20)
                        select distinct on (l.start_id) l.start_id, a.id, coalesce(a.short_name, a.name) as label
                        from line l join agency a on a.id = l.id
                        order by l.start_id, l.depth desc
                        """)
                .param("ids", List.copyOf(ids))
                .query((rs, i) -> today.put(rs.getLong(1), new AgencyLabel(rs.getLong(2), rs.getString(3))))
                .list();
        return today;
    }

    public record AgencyLabel(long id, String label) {}

    /**
     * Names and aliases already used by another agency of the same province (or of none, for one of none), among those
     * given: another province's "Sở Công Thương" is another body.
     */
    public List<String> takenElsewhere(List<String> names, Long exceptId, Long provinceId) {
        return names.stream()
                .filter(n -> agencies.findByNameOrAlias(n).stream()
                        .anyMatch(a -> !a.getId().equals(exceptId)
                                && java.util.Objects.equals(
                                        a.getProvince() == null
                                                ? null
                                                : a.getProvince().getId(),
                                        provinceId)))
                .toList();
    }

    /** Every agency by name, for choosing a successor. */
    public List<AgencyLabel> labels() {
        return agencies.findLabels();
    }

    @Transactional
    public Agency save(AgencyData data) {
        Agency agency = data.id() == null ? new Agency() : get(data.id());
        if (data.id() != null) {
            StaleEdit.check(agency, data.version());
        }
        agency.setName(data.name().trim());
        agency.setShortName(blankToNull(data.shortName()));
        agency.setKind(data.kind());
        agency.setAdministrativeUnit(data.unitId() == null ? null : geo.get(data.unitId()));
        agency.setProvince(data.provinceId() == null ? null : geo.get(data.provinceId()));
        agency.setValidFrom(data.validFrom());
        agency.setValidTo(data.validTo());
        agency.setSuccessor(data.successorId() == null ? null : get(data.successorId()));
        agency.replaceAliases(data.aliases());
        return agencies.save(agency);
    }

    public record AgencyNames(
            long id, String name, String shortName, AgencyKind kind, Long unitId, List<String> aliases) {

        /** How lists show the agency: its short name when it has one. */
        public String label() {
            return shortName == null ? name : shortName;
        }
    }

    public record AgencyData(
            Long id,
            long version,
            String name,
            String shortName,
            AgencyKind kind,
            Long unitId,
            List<String> aliases,
            Long provinceId,
            LocalDate validFrom,
            LocalDate validTo,
            Long successorId) {}
}
