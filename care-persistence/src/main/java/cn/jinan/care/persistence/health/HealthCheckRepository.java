package cn.jinan.care.persistence.health;

import cn.jinan.care.domain.health.HealthCheck;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface HealthCheckRepository extends JpaRepository<HealthCheck, Long> {

    @Query("select h from HealthCheck h join fetch h.member m join fetch m.organization o where h.id = :id"
            + " and o.path like :pathPattern")
    Optional<HealthCheck> findInScope(@Param("id") long id, @Param("pathPattern") String pathPattern);

    @Query(value = "select h from HealthCheck h join fetch h.member m join fetch m.organization o"
            + " where o.path like :pathPattern and h.year = :year order by h.date desc, h.id desc",
            countQuery = "select count(h) from HealthCheck h join h.member m join m.organization o"
                    + " where o.path like :pathPattern and h.year = :year")
    Page<HealthCheck> findInScope(@Param("pathPattern") String pathPattern, @Param("year") int year,
            Pageable pageable);

    boolean existsByMemberIdAndYear(long memberId, int year);

    /** The major-risk check a follow-up obligation arose from: the member's check of that day. */
    @Query("select h from HealthCheck h where h.member.id = :memberId and h.date = :date and h.majorRisk = true"
            + " order by h.id desc")
    List<HealthCheck> findRiskyOn(@Param("memberId") long memberId, @Param("date") LocalDate date);

    @Query("select h from HealthCheck h where h.member.id = :memberId order by h.year desc")
    List<HealthCheck> findByMember(@Param("memberId") long memberId);
}
