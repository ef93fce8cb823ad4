package cn.jinan.care.persistence.delegate;

import cn.jinan.care.domain.delegate.DelegateSession;
import cn.jinan.care.domain.member.Member;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DelegateSessionRepository extends JpaRepository<DelegateSession, Long> {

    // a session is in scope when the organization that held it is, or when it called a delegate who is
    String SCOPE = " (o.path like :pathPattern or exists (select 1 from DelegateAttendance a join a.member am"
            + " join am.organization ao where a.session = s and ao.path like :pathPattern))";
    String FILTER = " where" + SCOPE + " and year(s.heldOn) between :fromYear and :toYear";

    @Query("select s from DelegateSession s join fetch s.organization o where s.id = :id and" + SCOPE)
    Optional<DelegateSession> findInScope(@Param("id") long id, @Param("pathPattern") String pathPattern);

    @Query(value = "select s from DelegateSession s join fetch s.organization o" + FILTER
            + " order by s.heldOn desc, s.id desc",
            countQuery = "select count(s) from DelegateSession s join s.organization o" + FILTER)
    Page<DelegateSession> findInScope(@Param("pathPattern") String pathPattern, @Param("fromYear") int fromYear,
            @Param("toYear") int toYear, Pageable pageable);

    /** Active delegates (delegateLevel not NONE) of a subtree, by organization and name. */
    @Query("select m from Member m join fetch m.organization o where o.path like :pathPattern"
            + " and m.status = cn.jinan.care.domain.member.MemberStatus.ACTIVE"
            + " and m.delegateLevel <> cn.jinan.care.domain.member.DelegateLevel.NONE"
            + " order by o.code, m.name, m.id")
    List<Member> findDelegates(@Param("pathPattern") String pathPattern);

    /** Each delegate in scope called in the year: sessions called to and present at, paged in SQL. */
    @Query(value = "select new cn.jinan.care.persistence.delegate.AttendanceRate(m.id, m.name, o.name, count(a),"
            + " sum(case when a.present = true then 1 else 0 end))"
            + " from DelegateAttendance a join a.member m join m.organization o join a.session s"
            + " where o.path like :pathPattern and year(s.heldOn) = :year"
            + " group by m.id, m.name, o.name, o.code order by o.code, m.name, m.id",
            countQuery = "select count(distinct a.member.id) from DelegateAttendance a join a.member m"
                    + " join m.organization o join a.session s where o.path like :pathPattern"
                    + " and year(s.heldOn) = :year")
    Page<AttendanceRate> attendanceRates(@Param("pathPattern") String pathPattern, @Param("year") int year,
            Pageable pageable);
}
