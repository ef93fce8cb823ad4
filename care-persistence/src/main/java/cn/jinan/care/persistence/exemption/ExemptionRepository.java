package cn.jinan.care.persistence.exemption;

import cn.jinan.care.domain.exemption.Exemption;
import cn.jinan.care.domain.policy.RuleCode;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ExemptionRepository extends JpaRepository<Exemption, Long> {

    @Query("select e from Exemption e where e.member.id = :memberId order by e.year desc, e.id desc")
    List<Exemption> findByMember(@Param("memberId") long memberId);

    @Query("select e from Exemption e join fetch e.member m join fetch m.organization o where e.id = :id"
            + " and o.path like :pathPattern")
    java.util.Optional<Exemption> findInScope(@Param("id") long id, @Param("pathPattern") String pathPattern);

    @Query(value = "select e from Exemption e join fetch e.member m join fetch m.organization o"
            + " where o.path like :pathPattern and e.year = :year order by o.code, m.name, e.id",
            countQuery = "select count(e) from Exemption e join e.member m join m.organization o"
                    + " where o.path like :pathPattern and e.year = :year")
    org.springframework.data.domain.Page<Exemption> findInScope(@Param("pathPattern") String pathPattern,
            @Param("year") int year, org.springframework.data.domain.Pageable pageable);

    boolean existsByMemberIdAndYearAndRule(Long memberId, int year, RuleCode rule);
}
