package vn.valuechain.product;

import jakarta.persistence.Entity;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import vn.valuechain.shared.jpa.AuditedEntity;

/** An agricultural product chains, contracts and certificates are about (Dừa, Bưởi da xanh, Heo…). */
@Entity
@Getter
@Setter
@NoArgsConstructor
public class Product extends AuditedEntity {

    private String name;

    public Product(String name) {
        this.name = name;
    }
}
