package vn.valuechain.support;

import jakarta.persistence.EntityManager;
import org.springframework.boot.test.context.TestComponent;
import vn.valuechain.chain.Chain;
import vn.valuechain.chain.ParticipantRole;
import vn.valuechain.chain.Stage;
import vn.valuechain.cooperative.Cooperative;
import vn.valuechain.cooperative.CooperativeStatus;
import vn.valuechain.cooperative.CooperativeType;
import vn.valuechain.geo.AdministrativeUnit;
import vn.valuechain.party.Party;
import vn.valuechain.product.Product;

/** Registry records for tests, saved directly (the services under test are exercised through the web). */
@TestComponent
public class RegistryData {

    private final EntityManager em;

    RegistryData(EntityManager em) {
        this.em = em;
    }

    public Product product(String name) {
        return em.createQuery("select p from Product p where p.name = :name", Product.class)
                .setParameter("name", name)
                .getSingleResult();
    }

    public Cooperative cooperative(String name, AdministrativeUnit unit) {
        Cooperative c = new Cooperative(CooperativeType.HTX, name, CooperativeStatus.EXISTING);
        c.setAdministrativeUnit(unit);
        em.persist(c);
        return c;
    }

    public Chain chain(String name, String product, AdministrativeUnit unit) {
        Chain c = new Chain(name, product(product));
        c.getUnits().add(unit);
        em.persist(c);
        return c;
    }

    public Chain chainWith(Cooperative producer, String name, AdministrativeUnit unit) {
        Chain c = chain(name, "Dừa", unit);
        c.addParticipant(Party.ofCooperative(producer), ParticipantRole.PRODUCER)
                .getStages()
                .add(Stage.PRODUCTION);
        em.flush();
        return c;
    }
}
