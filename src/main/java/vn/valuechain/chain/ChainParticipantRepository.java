package vn.valuechain.chain;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/** Participants with their party and stages, read for a chain's page or a party's "chains it is in". */
interface ChainParticipantRepository extends Repository<ChainParticipant, Long> {

    @Query("""
            select distinct cp from ChainParticipant cp
              left join fetch cp.party.cooperative left join fetch cp.party.enterprise left join fetch cp.stages
            where cp.chain.id = :chainId
            order by cp.lead desc, cp.id
            """)
    List<ChainParticipant> findForChain(@Param("chainId") long chainId);

    @Query("""
            select new vn.valuechain.chain.PartyChainRow(c.id, c.name, p.name, c.status, cp.role, cp.lead)
            from ChainParticipant cp join cp.chain c join c.product p
            where (:cooperativeId is null or cp.party.cooperative.id = :cooperativeId)
              and (:enterpriseId is null or cp.party.enterprise.id = :enterpriseId)
              and (:scopeAll = true or exists (select 1 from c.units su where su.id in :scope))
            order by c.name
            """)
    List<PartyChainRow> findChainsOfParty(
            @Param("cooperativeId") Long cooperativeId,
            @Param("enterpriseId") Long enterpriseId,
            @Param("scopeAll") boolean scopeAll,
            @Param("scope") List<Long> scope);
}
