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

    boolean existsByMemberIdAndYearAndRule(Long memberId, int year, RuleCode rule);
}
