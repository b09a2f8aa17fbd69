package vn.valuechain.contract;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LinkageContractRepository extends JpaRepository<LinkageContract, Long> {

    List<LinkageContract> findByChainIdOrderBySignedOnAsc(Long chainId);
}
