package cn.jinan.care.persistence.hardship;

import cn.jinan.care.domain.hardship.HardshipAid;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface HardshipAidRepository extends JpaRepository<HardshipAid, Long> {

    @Query("select a from HardshipAid a join fetch a.record r join fetch r.member m join fetch m.organization o"
            + " where a.id = :id and o.path like :pathPattern")
    Optional<HardshipAid> findInScope(@Param("id") long id, @Param("pathPattern") String pathPattern);

    @Query("select a from HardshipAid a where a.record.id = :recordId order by a.appliedOn desc, a.id desc")
    List<HardshipAid> findByRecord(@Param("recordId") long recordId);

    @Query(value = "select a from HardshipAid a join fetch a.record r join fetch r.member m join fetch m.organization o"
            + " where o.path like :pathPattern and a.appliedOn between :from and :to order by a.appliedOn desc, a.id desc",
            countQuery = "select count(a) from HardshipAid a join a.record r join r.member m join m.organization o"
                    + " where o.path like :pathPattern and a.appliedOn between :from and :to")
    Page<HardshipAid> findInScope(@Param("pathPattern") String pathPattern, @Param("from") java.time.LocalDate from,
            @Param("to") java.time.LocalDate to,
            Pageable pageable);
}
