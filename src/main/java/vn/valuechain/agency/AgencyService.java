package vn.valuechain.agency;

import static vn.valuechain.shared.domain.Text.blankToNull;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.valuechain.geo.GeoService;
import vn.valuechain.shared.jpa.StaleEdit;
import vn.valuechain.shared.web.NotFoundException;

@Service
@Transactional(readOnly = true)
public class AgencyService {

    private final AgencyRepository agencies;
    private final GeoService geo;

    AgencyService(AgencyRepository agencies, GeoService geo) {
        this.agencies = agencies;
        this.geo = geo;
    }

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

    /** Every agency with all the names it goes by, for reading agency names out of a plan's text. */
    public List<AgencyNames> directory() {
        return agencies.findAllWithAliases().stream()
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

    /** Names and aliases already used by another agency, among those given. */
    public List<String> takenElsewhere(List<String> names, Long exceptId) {
        return names.stream()
                .filter(n -> agencies.findByNameOrAlias(n).stream()
                        .anyMatch(a -> !a.getId().equals(exceptId)))
                .toList();
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
            Long id, long version, String name, String shortName, AgencyKind kind, Long unitId, List<String> aliases) {}
}
