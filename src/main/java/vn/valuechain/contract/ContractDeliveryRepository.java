package vn.valuechain.contract;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ContractDeliveryRepository extends JpaRepository<ContractDelivery, Long> {

    @Query("""
            select new vn.valuechain.contract.DeliveryRow(d.id, d.deliveredOn, d.volume, d.note, d.illustrative)
            from ContractDelivery d where d.contract.id = :contractId order by d.deliveredOn, d.id
            """)
    List<DeliveryRow> findRows(@Param("contractId") long contractId);

    Optional<ContractDelivery> findByIdAndContractId(Long id, Long contractId);

    List<ContractDelivery> findByContractId(Long contractId);
}
