package cn.jinan.care.persistence.fairness;

import cn.jinan.care.domain.fairness.FaultToleranceCase;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface FaultToleranceCaseRepository extends JpaRepository<FaultToleranceCase, Long> {

    String FILTER = " where o.path like :pathPattern and c.receivedOn between :from and :to";

    @Query("select c from FaultToleranceCase c join fetch c.member m join fetch m.organization o where c.id = :id"
            + " and o.path like :pathPattern")
    Optional<FaultToleranceCase> findInScope(@Param("id") long id, @Param("pathPattern") String pathPattern);

    @Query(value = "select c from FaultToleranceCase c join fetch c.member m join fetch m.organization o" + FILTER
            + " order by c.receivedOn desc, c.id desc",
            countQuery = "select count(c) from FaultToleranceCase c join c.member m join m.organization o" + FILTER)
    Page<FaultToleranceCase> findInScope(@Param("pathPattern") String pathPattern, @Param("from") LocalDate from,
            @Param("to") LocalDate to, Pageable pageable);

    /** A member's decided cases that granted tolerance, the latest first. */
    @Query("select c from FaultToleranceCase c where c.member.id = :memberId"
            + " and c.status = cn.jinan.care.domain.fairness.FaultToleranceStatus.DECIDED"
            + " and c.decision <> cn.jinan.care.domain.fairness.FaultToleranceDecision.NOT_GRANTED"
            + " order by c.decidedOn desc, c.id desc")
    List<FaultToleranceCase> findGrantedByMember(@Param("memberId") long memberId);
}
