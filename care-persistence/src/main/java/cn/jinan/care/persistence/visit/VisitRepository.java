package cn.jinan.care.persistence.visit;

import cn.jinan.care.domain.visit.Visit;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface VisitRepository extends JpaRepository<Visit, Long> {

    @Query("select v from Visit v join fetch v.member m join fetch m.organization o where v.id = :id"
            + " and o.path like :pathPattern")
    Optional<Visit> findInScope(@Param("id") long id, @Param("pathPattern") String pathPattern);

    @Query(value = "select v from Visit v join fetch v.member m join fetch m.organization o"
            + " where o.path like :pathPattern order by v.date desc, v.id desc",
            countQuery = "select count(v) from Visit v join v.member m join m.organization o"
                    + " where o.path like :pathPattern")
    Page<Visit> findInScope(@Param("pathPattern") String pathPattern, Pageable pageable);

    @Query("select v from Visit v where v.member.id = :memberId order by v.date desc, v.id desc")
    List<Visit> findByMember(@Param("memberId") long memberId);
}
