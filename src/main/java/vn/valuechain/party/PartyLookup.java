package vn.valuechain.party;

import java.util.ArrayList;
import java.util.List;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;
import vn.valuechain.cooperative.CooperativeService;
import vn.valuechain.enterprise.EnterpriseService;
import vn.valuechain.shared.imports.ImportText;
import vn.valuechain.shared.table.CellParsers.Parsed;

/**
 * For imports of chains' participants and contracts' parties: the cooperative, enterprise or households a row names,
 * by registration or tax code, else by exact name (case ignored). Without a kind, cooperatives and enterprises are
 * both searched; households, which are no record, need their kind written.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class PartyLookup {

    /** A party found: its kind, the cooperative's or enterprise's id (none for households) and its name. */
    public record Found(PartyKind kind, Long id, String name) {

        /** The same party, households compared by name as people write it. */
        public boolean same(PartyKind otherKind, Long otherId, String otherName) {
            return kind == otherKind
                    && (kind == PartyKind.HOUSEHOLDS
                            ? ImportText.normalize(name).equals(ImportText.normalize(otherName))
                            : id.equals(otherId));
        }
    }

    private final CooperativeService cooperatives;
    private final EnterpriseService enterprises;

    /**
     * @param kind the kind written, or null when the file does not say
     * @param code a registration or tax code, or null
     */
    public Parsed<Found> find(PartyKind kind, String code, String name) {
        if (kind == PartyKind.HOUSEHOLDS) {
            return new Parsed<>(new Found(kind, null, name.strip()), null);
        }
        List<Found> found = new ArrayList<>();
        if (kind != PartyKind.ENTERPRISE) {
            List<Long> ids =
                    code != null ? cooperatives.idsByRegistrationCode(code) : cooperatives.idsByName(name, true, null);
            ids.forEach(id -> found.add(new Found(PartyKind.COOPERATIVE, id, nameOf(PartyKind.COOPERATIVE, id))));
        }
        if (kind != PartyKind.COOPERATIVE) {
            List<Long> ids = code != null ? enterprises.idsByTaxCode(code) : enterprises.idsByName(name, true, null);
            ids.forEach(id -> found.add(new Found(PartyKind.ENTERPRISE, id, nameOf(PartyKind.ENTERPRISE, id))));
        }
        if (found.size() == 1) {
            return new Parsed<>(found.get(0), null);
        }
        return new Parsed<>(null, found.isEmpty() ? "import.value.party" : "import.value.partyAmbiguous");
    }

    private String nameOf(PartyKind kind, long id) {
        return kind == PartyKind.COOPERATIVE
                ? cooperatives.details(id, null).data().name()
                : enterprises.details(id, null).data().name();
    }
}
