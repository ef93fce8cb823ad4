package cn.jinan.care.persistence.recuperation;

import cn.jinan.care.domain.recuperation.Recuperation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface RecuperationRepository extends JpaRepository<Recuperation, Long> {

    @Query("select r from Recuperation r join fetch r.member m join fetch m.organization o where r.id = :id"
            + " and o.path like :pathPattern")
    Optional<Recuperation> findInScope(@Param("id") long id, @Param("pathPattern") String pathPattern);

    /** Stays that start in [from, to). */
    @Query(value = "select r from Recuperation r join fetch r.member m join fetch m.organization o"
            + " where o.path like :pathPattern and r.startDate >= :from and r.startDate < :to"
            + " order by r.startDate desc, r.id desc",
            countQuery = "select count(r) from Recuperation r join r.member m join m.organization o"
                    + " where o.path like :pathPattern and r.startDate >= :from and r.startDate < :to")
    Page<Recuperation> findInScope(@Param("pathPattern") String pathPattern, @Param("from") LocalDate from,
            @Param("to") LocalDate to, Pageable pageable);

    @Query("select r from Recuperation r where r.member.id = :memberId order by r.startDate desc, r.id desc")
    List<Recuperation> findByMember(@Param("memberId") long memberId);
}
