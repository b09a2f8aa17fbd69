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

    /** The one agency a name or alias denotes, if exactly one does. */
    public Optional<Agency> resolve(String text) {
        List<Agency> found = agencies.findByNameOrAlias(text.trim());
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
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

    public record AgencyData(
            Long id, long version, String name, String shortName, AgencyKind kind, Long unitId, List<String> aliases) {}
}
