package cn.jinan.care.persistence.secondment;

import cn.jinan.care.domain.secondment.Secondment;
import cn.jinan.care.domain.secondment.SecondmentKind;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SecondmentRepository extends JpaRepository<Secondment, Long> {

    // a secondment lies where its member is now
    String FILTER = " where o.path like :pathPattern and s.kind in :kinds"
            + " and s.startDate between :startMin and :startMax"
            + " and coalesce(s.endDate, :last) between :endMin and :endMax";

    @Query("select s from Secondment s join fetch s.member m join fetch m.organization o"
            + " left join fetch s.fromOrganization left join fetch s.toOrganization"
            + " where s.id = :id and o.path like :pathPattern")
    Optional<Secondment> findInScope(@Param("id") long id, @Param("pathPattern") String pathPattern);

    @Query(value = "select s from Secondment s join fetch s.member m join fetch m.organization o" + FILTER
            + " order by s.startDate desc, s.id desc",
            countQuery = "select count(s) from Secondment s join s.member m join m.organization o" + FILTER)
    Page<Secondment> findInScope(@Param("pathPattern") String pathPattern,
            @Param("kinds") Collection<SecondmentKind> kinds, @Param("startMin") LocalDate startMin,
            @Param("startMax") LocalDate startMax, @Param("endMin") LocalDate endMin,
            @Param("endMax") LocalDate endMax, @Param("last") LocalDate last, Pageable pageable);

    @Query("select s from Secondment s where s.member.id = :memberId order by s.startDate desc, s.id desc")
    List<Secondment> findByMember(@Param("memberId") long memberId);
}
