package cn.jinan.care.persistence.sanction;

import cn.jinan.care.domain.sanction.Sanction;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SanctionRepository extends JpaRepository<Sanction, Long> {

    String FILTER = " where o.path like :pathPattern and s.decidedOn between :from and :to"
            + " and (:inImpactOnly = false or (s.decidedOn <= :today and s.impactUntil >= :today))";

    @Query("select s from Sanction s join fetch s.member m join fetch m.organization o where s.id = :id"
            + " and o.path like :pathPattern")
    Optional<Sanction> findInScope(@Param("id") long id, @Param("pathPattern") String pathPattern);

    @Query(value = "select s from Sanction s join fetch s.member m join fetch m.organization o" + FILTER
            + " order by s.decidedOn desc, s.id desc",
            countQuery = "select count(s) from Sanction s join s.member m join m.organization o" + FILTER)
    Page<Sanction> findInScope(@Param("pathPattern") String pathPattern, @Param("from") LocalDate from,
            @Param("to") LocalDate to, @Param("inImpactOnly") boolean inImpactOnly, @Param("today") LocalDate today,
            Pageable pageable);

    @Query("select s from Sanction s where s.member.id = :memberId order by s.decidedOn desc, s.id desc")
    List<Sanction> findByMember(@Param("memberId") long memberId);

    /** The last day of the latest impact period the member is inside on {@code day}, or null. */
    @Query("select max(s.impactUntil) from Sanction s where s.member.id = :memberId and s.decidedOn <= :day"
            + " and s.impactUntil >= :day")
    LocalDate impactUntil(@Param("memberId") long memberId, @Param("day") LocalDate day);

    /** Of these members, those inside an impact period on {@code day}. */
    @Query("select distinct s.member.id from Sanction s where s.member.id in :memberIds and s.decidedOn <= :day"
            + " and s.impactUntil >= :day")
    List<Long> inImpact(@Param("memberIds") Collection<Long> memberIds, @Param("day") LocalDate day);
}
