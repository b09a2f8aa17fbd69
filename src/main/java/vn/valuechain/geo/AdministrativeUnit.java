package vn.valuechain.geo;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import vn.valuechain.shared.jpa.AuditedEntity;

/** A province, district or commune with its official code, and the dates it existed. */
@Entity
@Getter
@Setter
@NoArgsConstructor
public class AdministrativeUnit extends AuditedEntity {

    @Enumerated(EnumType.STRING)
    private AdministrativeLevel level;

    private String code;

    private String name;

    /** As officially written: Tỉnh, Thành phố, Huyện, Quận, Thị xã, Xã, Phường, Thị trấn, Đặc khu. */
    private String type;

    /** Loaded from the official list (its code is the NSO's), not entered by hand. */
    private boolean official;

    @ManyToOne(fetch = FetchType.LAZY)
    private AdministrativeUnit parent;

    private LocalDate validFrom;

    private LocalDate validTo;

    /** The unit that took over this one's area when it ended (e.g. the commune of the 2025 reform). */
    @ManyToOne(fetch = FetchType.LAZY)
    private AdministrativeUnit successor;

    public AdministrativeUnit(AdministrativeLevel level, String code, String name, AdministrativeUnit parent) {
        this.level = level;
        this.code = code;
        this.name = name;
        this.parent = parent;
    }

    public boolean isValidOn(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }
}
