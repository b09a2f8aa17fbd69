package vn.valuechain.contract;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import vn.valuechain.chain.Chain;
import vn.valuechain.cooperative.Cooperative;
import vn.valuechain.cooperative.CooperativeStatus;
import vn.valuechain.cooperative.CooperativeType;
import vn.valuechain.enterprise.Enterprise;
import vn.valuechain.geo.AdministrativeUnit;
import vn.valuechain.party.Party;
import vn.valuechain.product.Product;
import vn.valuechain.shared.domain.MeasureUnit;

/** Builds cooperatives, enterprises, chains and contracts for the contract tests, straight through JPA. */
record ContractFixtures(EntityManager em) {

    Product product(String name) {
        return em.createQuery("select p from Product p where p.name = :name", Product.class)
                .setParameter("name", name)
                .getSingleResult();
    }

    Cooperative cooperative(String name, AdministrativeUnit unit) {
        Cooperative c = new Cooperative(CooperativeType.HTX, name, CooperativeStatus.EXISTING);
        c.setAdministrativeUnit(unit);
        em.persist(c);
        return c;
    }

    Enterprise enterprise(String name, AdministrativeUnit unit) {
        Enterprise e = new Enterprise(name);
        e.setAdministrativeUnit(unit);
        em.persist(e);
        return e;
    }

    Chain chain(String name, Product product, AdministrativeUnit unit) {
        Chain c = new Chain(name, product);
        c.getUnits().add(unit);
        em.persist(c);
        return c;
    }

    /** A signed offtake contract over the given term, with a volume in tonnes. */
    LinkageContract offtake(
            String number, Party seller, Party buyer, Chain chain, LocalDate start, LocalDate end, String tonnes) {
        LinkageContract c = new LinkageContract(ContractType.OFFTAKE, seller, buyer);
        c.setNumber(number);
        c.setChain(chain);
        c.setProduct(chain == null ? null : chain.getProduct());
        c.setStatus(ContractStatus.SIGNED);
        c.setSignedOn(start == null ? null : start.minusDays(10));
        c.setStartOn(start);
        c.setEndOn(end);
        if (tonnes != null) {
            c.setVolume(new BigDecimal(tonnes));
            c.setVolumeUnit(MeasureUnit.TAN);
        }
        em.persist(c);
        return c;
    }

    ContractDelivery delivery(LinkageContract contract, LocalDate on, String volume) {
        ContractDelivery d = contract.addDelivery(on, new BigDecimal(volume));
        em.persist(d);
        return d;
    }
}
