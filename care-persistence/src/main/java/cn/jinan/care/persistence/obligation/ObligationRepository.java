package cn.jinan.care.persistence.obligation;

import cn.jinan.care.domain.obligation.Obligation;
import cn.jinan.care.domain.policy.RequiredAction;
import cn.jinan.care.domain.policy.RuleCode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ObligationRepository extends JpaRepository<Obligation, Long> {

    /** The open obligations in a scope, the most urgent first (overdue ones have the earliest due dates). */
    @Query(value = """
            select o from Obligation o join fetch o.member m join fetch m.organization org left join fetch o.event
             where org.path like :pathPattern and o.status = cn.jinan.care.domain.obligation.ObligationStatus.OPEN
               and o.rule not in :restricted
             order by o.dueDate, o.id
            """, countQuery = """
            select count(o) from Obligation o join o.member m join m.organization org
             where org.path like :pathPattern and o.status = cn.jinan.care.domain.obligation.ObligationStatus.OPEN
               and o.rule not in :restricted
            """)
    Page<Obligation> findOpenInScope(@Param("pathPattern") String pathPattern,
            @Param("restricted") Collection<RuleCode> restricted, Pageable pageable);

    /**
     * The open obligations of some rules in a scope falling due between two days (both included), the earliest due
     * first: a dashboard's open and overdue items for a year.
     */
    @Query(value = """
            select o from Obligation o join fetch o.member m join fetch m.organization org
             where org.path like :pathPattern and o.status = cn.jinan.care.domain.obligation.ObligationStatus.OPEN
               and o.rule in :rules and o.dueDate >= :from and o.dueDate <= :to
             order by o.dueDate, org.path, m.name, o.id
            """, countQuery = """
            select count(o) from Obligation o join o.member m join m.organization org
             where org.path like :pathPattern and o.status = cn.jinan.care.domain.obligation.ObligationStatus.OPEN
               and o.rule in :rules and o.dueDate >= :from and o.dueDate <= :to
            """)
    Page<Obligation> findOpenDueBetween(@Param("pathPattern") String pathPattern,
            @Param("rules") Collection<RuleCode> rules, @Param("from") LocalDate from, @Param("to") LocalDate to,
            Pageable pageable);

    @Query("""
            select count(o) from Obligation o join o.member m join m.organization org
             where org.path like :pathPattern and o.status = cn.jinan.care.domain.obligation.ObligationStatus.OPEN
               and o.dueDate < :today and o.rule not in :restricted
            """)
    long countOverdueInScope(@Param("pathPattern") String pathPattern, @Param("today") LocalDate today,
            @Param("restricted") Collection<RuleCode> restricted);

    @Query("""
            select count(o) from Obligation o join o.member m join m.organization org
             where org.path like :pathPattern and o.status = cn.jinan.care.domain.obligation.ObligationStatus.OPEN
               and o.rule not in :restricted
            """)
    long countOpenInScope(@Param("pathPattern") String pathPattern,
            @Param("restricted") Collection<RuleCode> restricted);

    @Query("select o from Obligation o left join fetch o.event where o.member.id = :memberId"
            + " order by case when o.status = cn.jinan.care.domain.obligation.ObligationStatus.OPEN then 0 else 1 end,"
            + " o.dueDate desc, o.id desc")
    List<Obligation> findByMember(@Param("memberId") long memberId);

    /**
     * The member's open obligations of an action that arose on or before a day, oldest first; a campaign's only while
     * the day is inside its window (第27条: the visit belongs to the festival).
     */
    @Query("""
            select o from Obligation o where o.member.id = :memberId and o.action = :action
               and o.status = cn.jinan.care.domain.obligation.ObligationStatus.OPEN and o.aroseOn <= :day
               and (o.campaignId is null or o.dueDate >= :day)
             order by o.aroseOn, o.id
            """)
    List<Obligation> findOpenFor(@Param("memberId") long memberId, @Param("action") RequiredAction action,
            @Param("day") LocalDate day);

    List<Obligation> findByFulfilledByTypeAndFulfilledById(String type, Long id);

    /** The members a campaign has already made a visit due for. */
    @Query("select o.member.id from Obligation o where o.campaignId = :campaignId")
    List<Long> findMemberIdsByCampaign(@Param("campaignId") long campaignId);

    /** The open next visits that a fulfilled obligation asked for. */
    @Query("""
            select o from Obligation o where o.followsId = :followsId
               and o.status = cn.jinan.care.domain.obligation.ObligationStatus.OPEN
             order by o.id
            """)
    List<Obligation> findOpenFollowUps(@Param("followsId") long followsId);

    @Query("""
            select count(o) > 0 from Obligation o where o.member.id = :memberId and o.rule = :rule
               and o.status = cn.jinan.care.domain.obligation.ObligationStatus.OPEN
            """)
    boolean existsOpen(@Param("memberId") long memberId, @Param("rule") RuleCode rule);

    @Query("select o from Obligation o join fetch o.member m join fetch m.organization org"
            + " where o.id = :id and org.path like :pathPattern and o.rule not in :restricted")
    Optional<Obligation> findInScope(@Param("id") long id, @Param("pathPattern") String pathPattern,
            @Param("restricted") Collection<RuleCode> restricted);
}
