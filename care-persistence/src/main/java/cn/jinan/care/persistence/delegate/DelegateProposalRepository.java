package cn.jinan.care.persistence.delegate;

import cn.jinan.care.domain.delegate.DelegateProposal;
import cn.jinan.care.domain.delegate.ProposalKind;
import cn.jinan.care.domain.delegate.ProposalStatus;
import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DelegateProposalRepository extends JpaRepository<DelegateProposal, Long> {

    // a proposal lies where its lead delegate is now
    String FILTER = " where o.path like :pathPattern and p.kind in :kinds and p.status in :statuses"
            + " and year(p.submittedOn) between :fromYear and :toYear";

    @Query("select p from DelegateProposal p join fetch p.delegate m join fetch m.organization o"
            + " where p.id = :id and o.path like :pathPattern")
    Optional<DelegateProposal> findInScope(@Param("id") long id, @Param("pathPattern") String pathPattern);

    @Query(value = "select p from DelegateProposal p join fetch p.delegate m join fetch m.organization o" + FILTER
            + " order by p.submittedOn desc, p.id desc",
            countQuery = "select count(p) from DelegateProposal p join p.delegate m join m.organization o" + FILTER)
    Page<DelegateProposal> findInScope(@Param("pathPattern") String pathPattern,
            @Param("kinds") Collection<ProposalKind> kinds, @Param("statuses") Collection<ProposalStatus> statuses,
            @Param("fromYear") int fromYear, @Param("toYear") int toYear, Pageable pageable);
}
