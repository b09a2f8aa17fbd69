package vn.valuechain.deployment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.valuechain.geo.AdministrativeUnit;

/** The province this installation serves, chosen once; one row. */
@Entity
@Table(name = "deployment")
@Getter
@NoArgsConstructor
class Deployment {

    static final int ID = 1;

    @Id
    private Integer id;

    @Column(nullable = false)
    private String provinceCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private AdministrativeUnit province;

    @Column(nullable = false)
    private Instant setUpAt;

    private String setUpBy;

    Deployment(String provinceCode, AdministrativeUnit province, String setUpBy) {
        this.id = ID;
        this.provinceCode = provinceCode;
        this.province = province;
        this.setUpAt = Instant.now();
        this.setUpBy = setUpBy;
    }
}
