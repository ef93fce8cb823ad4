package cn.jinan.care.persistence.fairness;

import cn.jinan.care.domain.fairness.AccountabilityCase;
import cn.jinan.care.domain.obligation.Obligation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AccountabilityCaseRepository extends JpaRepository<AccountabilityCase, Long> {

    String FILTER = " where o.path like :pathPattern and c.foundOn between :from and :to";

    @Query("select c from AccountabilityCase c join fetch c.member m join fetch m.organization o where c.id = :id"
            + " and o.path like :pathPattern")
    Optional<AccountabilityCase> findInScope(@Param("id") long id, @Param("pathPattern") String pathPattern);

    @Query(value = "select c from AccountabilityCase c join fetch c.member m join fetch m.organization o" + FILTER
            + " order by c.foundOn desc, c.id desc",
            countQuery = "select count(c) from AccountabilityCase c join c.member m join m.organization o" + FILTER)
    Page<AccountabilityCase> findInScope(@Param("pathPattern") String pathPattern, @Param("from") LocalDate from,
            @Param("to") LocalDate to, Pageable pageable);

    /** The effect evaluations owed in the scope (the fourth must): each case and its due date, the earliest first. */
    @Query("""
            select c, ob.dueDate
              from AccountabilityCase c join fetch c.member m join fetch m.organization o, Obligation ob
             where o.path like :pathPattern
               and c.status = cn.jinan.care.domain.fairness.AccountabilityStatus.DECIDED
               and ob.member = c.member and ob.aroseOn = c.decidedOn
               and ob.action = cn.jinan.care.domain.policy.RequiredAction.EFFECT_EVALUATION
               and ob.status = cn.jinan.care.domain.obligation.ObligationStatus.OPEN
             order by ob.dueDate, c.id
            """)
    List<Object[]> findEvaluationsDue(@Param("pathPattern") String pathPattern, Pageable limit);

    /** The effect-evaluation obligations a decision of the member on a day opened, oldest first. */
    @Query("""
            select ob from Obligation ob where ob.member.id = :memberId and ob.aroseOn = :decidedOn
               and ob.action = cn.jinan.care.domain.policy.RequiredAction.EFFECT_EVALUATION
             order by ob.id
            """)
    List<Obligation> findEvaluationObligations(@Param("memberId") long memberId,
            @Param("decidedOn") LocalDate decidedOn);
}
