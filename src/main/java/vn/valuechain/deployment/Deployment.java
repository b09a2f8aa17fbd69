package vn.valuechain.deployment;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import java.time.Instant;
import lombok.Getter;
import lombok.NoArgsConstructor;
import vn.valuechain.geo.AdministrativeUnit;

/** The province this installation serves, chosen once; one row. */
@Entity
@Getter
@NoArgsConstructor
class Deployment {

    static final int ID = 1;

    @Id
    private Integer id;

    private String provinceCode;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private AdministrativeUnit province;

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
