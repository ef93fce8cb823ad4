package cn.jinan.care.persistence.training;

import cn.jinan.care.domain.training.StudyRecord;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface StudyRecordRepository extends JpaRepository<StudyRecord, Long> {

    @Query("select s from StudyRecord s join fetch s.member m join fetch m.organization o where s.id = :id"
            + " and o.path like :pathPattern")
    Optional<StudyRecord> findInScope(@Param("id") long id, @Param("pathPattern") String pathPattern);

    @Query(value = "select s from StudyRecord s join fetch s.member m join fetch m.organization o"
            + " where o.path like :pathPattern order by s.date desc, s.id desc",
            countQuery = "select count(s) from StudyRecord s join s.member m join m.organization o"
                    + " where o.path like :pathPattern")
    Page<StudyRecord> findInScope(@Param("pathPattern") String pathPattern, Pageable pageable);

    @Query("select s from StudyRecord s where s.member.id = :memberId order by s.date desc, s.id desc")
    List<StudyRecord> findByMember(@Param("memberId") long memberId);

    @Query("select coalesce(sum(s.hours), 0) from StudyRecord s where s.member.id = :memberId"
            + " and s.date = :day and (:exceptId is null or s.id <> :exceptId)")
    BigDecimal hoursOnDay(@Param("memberId") long memberId, @Param("day") LocalDate day,
            @Param("exceptId") Long exceptId);

    @Query("select count(s) > 0 from StudyRecord s where s.member.id = :memberId and s.date = :day"
            + " and s.course = :course and (:exceptId is null or s.id <> :exceptId)")
    boolean duplicate(@Param("memberId") long memberId, @Param("day") LocalDate day, @Param("course") String course,
            @Param("exceptId") Long exceptId);

    @Query("select coalesce(sum(s.hours), 0) from StudyRecord s where s.member.id = :memberId"
            + " and s.date between :from and :to")
    BigDecimal hoursBetween(@Param("memberId") long memberId, @Param("from") LocalDate from,
            @Param("to") LocalDate to);

    @Query("select s from StudyRecord s where s.member.id = :memberId and s.date = :day and s.course = :course")
    Optional<StudyRecord> findSame(@Param("memberId") long memberId, @Param("day") LocalDate day,
            @Param("course") String course);
}
