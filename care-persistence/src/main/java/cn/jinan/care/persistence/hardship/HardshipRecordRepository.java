package cn.jinan.care.persistence.hardship;

import cn.jinan.care.domain.hardship.HardshipRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface HardshipRecordRepository extends JpaRepository<HardshipRecord, Long> {

    String FILTER = " where o.path like :pathPattern"
            + " and (:state = 'ALL' or (:state = 'OPEN' and r.closedOn is null)"
            + " or (:state = 'CLOSED' and r.closedOn is not null))"
            + " and r.since <= :to and (r.closedOn is null or r.closedOn >= :from)";

    @Query("select r from HardshipRecord r join fetch r.member m join fetch m.organization o where r.id = :id"
            + " and o.path like :pathPattern")
    Optional<HardshipRecord> findInScope(@Param("id") long id, @Param("pathPattern") String pathPattern);

    /** Records in the scope in a state (ALL, OPEN, CLOSED) that were on the register at some time from..to. */
    @Query(value = "select r from HardshipRecord r join fetch r.member m join fetch m.organization o" + FILTER
            + " order by r.closedOn desc nulls first, r.since desc, r.id desc",
            countQuery = "select count(r) from HardshipRecord r join r.member m join m.organization o" + FILTER)
    Page<HardshipRecord> findInScope(@Param("pathPattern") String pathPattern, @Param("state") String state,
            @Param("from") LocalDate from, @Param("to") LocalDate to, Pageable pageable);

    @Query("select r from HardshipRecord r join fetch r.member m join fetch m.organization o"
            + " where o.path like :pathPattern and r.closedOn is null and r.nextReviewDate < :today"
            + " order by r.nextReviewDate, r.id")
    List<HardshipRecord> findOverdueReviews(@Param("pathPattern") String pathPattern,
            @Param("today") LocalDate today, Pageable limit);

    @Query("select r from HardshipRecord r where r.member.id = :memberId order by r.since desc, r.id desc")
    List<HardshipRecord> findByMember(@Param("memberId") long memberId);

    boolean existsByMemberIdAndClosedOnIsNull(Long memberId);
}
