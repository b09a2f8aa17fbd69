package vn.valuechain.product;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import vn.valuechain.shared.jpa.AuditedEntity;

/** An agricultural product chains, contracts and certificates are about (Dừa, Bưởi da xanh, Heo…). */
@Entity
@Table(name = "product")
@Getter
@Setter
@NoArgsConstructor
public class Product extends AuditedEntity {

    @Column(nullable = false)
    private String name;

    public Product(String name) {
        this.name = name;
    }
}
