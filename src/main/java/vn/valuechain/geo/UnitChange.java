package vn.valuechain.geo;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/**
 * A dated change of a unit: from {@code effectiveOn} it has the new type and name (its code stays), or its code was
 * corrected (the old one is still found by look-ups). Before that day it had the old ones.
 */
@Entity
@Table(name = "administrative_unit_change")
@Getter
@Setter
@NoArgsConstructor
public class UnitChange {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private AdministrativeUnit unit;

    private LocalDate effectiveOn;

    private String oldCode;

    private String newCode;

    private String oldType;

    private String newType;

    private String oldName;

    private String newName;

    private String basis;

    private boolean applied;

    private Instant createdAt;

    private String createdBy;
}
