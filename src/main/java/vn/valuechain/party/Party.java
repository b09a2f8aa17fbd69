package vn.valuechain.party;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.valuechain.cooperative.Cooperative;
import vn.valuechain.enterprise.Enterprise;

/**
 * A party of a chain, contract or certificate: a cooperative, an enterprise, or farmer households as a group.
 * Embedded rather than an entity of its own so each table keeps the check that exactly the column of its kind
 * is filled. The column names are chain_participant's; contracts and certificates override them with their
 * seller_, buyer_ and holder_ prefixes.
 *
 * <p>Immutable: replace the whole party to change it. The factories do not check their argument, so the
 * database's check stays the one rule.
 */
@Embeddable
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Party {

    @Enumerated(EnumType.STRING)
    @Column(name = "party_kind", nullable = false)
    private PartyKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    private Cooperative cooperative;

    @ManyToOne(fetch = FetchType.LAZY)
    private Enterprise enterprise;

    private String householdsName;

    private Party(PartyKind kind, Cooperative cooperative, Enterprise enterprise, String householdsName) {
        this.kind = kind;
        this.cooperative = cooperative;
        this.enterprise = enterprise;
        this.householdsName = householdsName;
    }

    public static Party ofCooperative(Cooperative cooperative) {
        return new Party(PartyKind.COOPERATIVE, cooperative, null, null);
    }

    public static Party ofEnterprise(Enterprise enterprise) {
        return new Party(PartyKind.ENTERPRISE, null, enterprise, null);
    }

    /** Households named as the plan or contract names them ("Các hộ trồng dừa xã Minh Đức"). */
    public static Party ofHouseholds(String name) {
        return new Party(PartyKind.HOUSEHOLDS, null, null, name);
    }

    /** The same cooperative or enterprise, or households of the same name (case and spacing aside). */
    public boolean samePartyAs(Party other) {
        return kind == other.kind
                && switch (kind) {
                    case COOPERATIVE -> cooperative.getId().equals(other.cooperative.getId());
                    case ENTERPRISE -> enterprise.getId().equals(other.enterprise.getId());
                    case HOUSEHOLDS -> householdsName.strip().equalsIgnoreCase(other.householdsName.strip());
                };
    }

    /** The name to show; loads the cooperative or enterprise if it is not loaded yet. */
    public String displayName() {
        return switch (kind) {
            case COOPERATIVE -> cooperative == null ? null : cooperative.getName();
            case ENTERPRISE -> enterprise == null ? null : enterprise.getName();
            case HOUSEHOLDS -> householdsName;
        };
    }
}
