package cn.jinan.care.persistence.oldmember;

import cn.jinan.care.domain.oldmember.SubsidyPayment;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SubsidyPaymentRepository extends JpaRepository<SubsidyPayment, Long> {

    @Query("select p from SubsidyPayment p join fetch p.member m join fetch m.organization o where p.id = :id"
            + " and o.path like :pathPattern")
    Optional<SubsidyPayment> findInScope(@Param("id") long id, @Param("pathPattern") String pathPattern);

    /** Payments whose period starts in from..to, in the organizations under a path. */
    @Query(value = "select p from SubsidyPayment p join fetch p.member m join fetch m.organization o"
            + " where o.path like :pathPattern and p.periodStart between :from and :to"
            + " order by p.periodStart desc, o.path, m.name, p.id",
            countQuery = "select count(p) from SubsidyPayment p join p.member m join m.organization o"
            + " where o.path like :pathPattern and p.periodStart between :from and :to")
    Page<SubsidyPayment> findInScope(@Param("pathPattern") String pathPattern, @Param("from") LocalDate from,
            @Param("to") LocalDate to, Pageable pageable);

    @Query("select p from SubsidyPayment p where p.member.id = :memberId order by p.periodStart, p.id")
    List<SubsidyPayment> findByMember(@Param("memberId") long memberId);

    /** The member's other payments whose period shares a month with first..last (first days of months). */
    @Query(value = """
            select count(*) > 0 from old_member_subsidy_payment p
             where p.member_id = :memberId and p.id <> :exceptId
               and daterange(p.period_start, (p.period_start + make_interval(months => p.period_months::int))::date)
                   && daterange(cast(:first as date), cast(:afterLast as date))
            """, nativeQuery = true)
    boolean overlaps(@Param("memberId") long memberId, @Param("exceptId") long exceptId,
            @Param("first") LocalDate first, @Param("afterLast") LocalDate afterLast);
}
