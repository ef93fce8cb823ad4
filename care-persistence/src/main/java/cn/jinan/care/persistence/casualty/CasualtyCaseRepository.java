package cn.jinan.care.persistence.casualty;

import cn.jinan.care.domain.casualty.CasualtyCase;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CasualtyCaseRepository extends JpaRepository<CasualtyCase, Long> {

    /** An open family follow-up of the case's member past its due date. */
    String OVERDUE = "exists (select 1 from Obligation ob where ob.member = m"
            + " and ob.action = cn.jinan.care.domain.policy.RequiredAction.FAMILY_FOLLOW_UP"
            + " and ob.status = cn.jinan.care.domain.obligation.ObligationStatus.OPEN and ob.dueDate < :today)";

    String FILTER = " where o.path like :pathPattern"
            + " and (:kind = 'ALL' or c.kind = :kindValue)"
            + " and (:state = 'ALL' or (:state = 'OPEN' and c.closedOn is null)"
            + " or (:state = 'CLOSED' and c.closedOn is not null))"
            + " and c.openedOn <= :to and (c.closedOn is null or c.closedOn >= :from)"
            + " and (:overdueOnly = false or (c.closedOn is null and " + OVERDUE + "))";

    @Query("select c from CasualtyCase c join fetch c.member m join fetch m.organization o where c.id = :id"
            + " and o.path like :pathPattern")
    Optional<CasualtyCase> findInScope(@Param("id") long id, @Param("pathPattern") String pathPattern);

    @Query(value = "select c from CasualtyCase c join fetch c.member m join fetch m.organization o" + FILTER
            + " order by c.closedOn desc nulls first, c.eventDate desc, c.id desc",
            countQuery = "select count(c) from CasualtyCase c join c.member m join m.organization o" + FILTER)
    Page<CasualtyCase> findInScope(@Param("pathPattern") String pathPattern, @Param("kind") String kind,
            @Param("kindValue") cn.jinan.care.domain.casualty.CasualtyKind kindValue, @Param("state") String state,
            @Param("from") LocalDate from, @Param("to") LocalDate to, @Param("overdueOnly") boolean overdueOnly,
            @Param("today") LocalDate today, Pageable pageable);

    /** Open cases whose family follow-up is past due, the longest overdue first. */
    @Query("select c from CasualtyCase c join fetch c.member m join fetch m.organization o"
            + " where o.path like :pathPattern and c.closedOn is null and " + OVERDUE + " order by c.eventDate, c.id")
    List<CasualtyCase> findOverdue(@Param("pathPattern") String pathPattern, @Param("today") LocalDate today,
            Pageable limit);

    @Query("select c from CasualtyCase c where c.member.id = :memberId order by c.openedOn desc, c.id desc")
    List<CasualtyCase> findByMember(@Param("memberId") long memberId);

    boolean existsByMemberIdAndClosedOnIsNull(Long memberId);

    /** The open family follow-ups of these members: each open case's next due date, in one query. */
    @Query("select o from Obligation o where o.member.id in :memberIds"
            + " and o.action = cn.jinan.care.domain.policy.RequiredAction.FAMILY_FOLLOW_UP"
            + " and o.status = cn.jinan.care.domain.obligation.ObligationStatus.OPEN order by o.dueDate")
    List<cn.jinan.care.domain.obligation.Obligation> findOpenFollowUps(
            @Param("memberIds") java.util.Collection<Long> memberIds);

    /** The family follow-ups of a member, whatever their status, the newest first. */
    @Query("select o from Obligation o where o.member.id = :memberId"
            + " and o.action = cn.jinan.care.domain.policy.RequiredAction.FAMILY_FOLLOW_UP"
            + " order by o.dueDate desc, o.id desc")
    List<cn.jinan.care.domain.obligation.Obligation> findFollowUpObligations(@Param("memberId") long memberId);

    /** Members of the scope a case can be opened for: on the roster, or deceased (a death on duty). */
    @Query("select m from Member m join fetch m.organization o where o.path like :pathPattern"
            + " and m.status in (cn.jinan.care.domain.member.MemberStatus.ACTIVE,"
            + " cn.jinan.care.domain.member.MemberStatus.DECEASED) order by o.code, m.name, m.id")
    List<cn.jinan.care.domain.member.Member> findPickable(@Param("pathPattern") String pathPattern,
            Pageable limit);
}
