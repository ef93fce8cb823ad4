package cn.jinan.care.persistence.activity;

import cn.jinan.care.domain.activity.Activity;
import cn.jinan.care.domain.activity.ActivityKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ActivityRepository extends JpaRepository<Activity, Long> {

    String FILTER = " where o.path like :pathPattern and a.kind in :kinds and a.startDate between :from and :to";

    @Query("select a from Activity a join fetch a.organization o where a.id = :id and o.path like :pathPattern")
    Optional<Activity> findInScope(@Param("id") long id, @Param("pathPattern") String pathPattern);

    @Query(value = "select a from Activity a join fetch a.organization o" + FILTER
            + " order by a.startDate desc, a.id desc",
            countQuery = "select count(a) from Activity a join a.organization o" + FILTER)
    Page<Activity> findInScope(@Param("pathPattern") String pathPattern, @Param("kinds") Collection<ActivityKind> kinds,
            @Param("from") LocalDate from, @Param("to") LocalDate to, Pageable pageable);

    /** Study activities an organization itself held in a year, and the hours each gave (hours a day × days). */
    @Query(value = "select count(*), coalesce(sum(a.hours_per_day * (a.end_date - a.start_date + 1)), 0)"
            + " from org_activity a where a.organization_id = :orgId and a.hours_per_day is not null"
            + " and a.start_date between :from and :to", nativeQuery = true)
    List<Object[]> studyHeld(@Param("orgId") long organizationId, @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    default Held held(long organizationId, int year) {
        Object[] row = studyHeld(organizationId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).get(0);
        return new Held(((Number) row[0]).longValue(), new BigDecimal(row[1].toString()));
    }

    record Held(long sessions, BigDecimal hours) {
    }
}
