package cn.jinan.care.persistence.casualty;

import cn.jinan.care.domain.casualty.CasualtyFamilyMember;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CasualtyFamilyMemberRepository extends JpaRepository<CasualtyFamilyMember, Long> {

    @Query("select f from CasualtyFamilyMember f where f.casualtyCase.id = :caseId order by f.relation, f.birthYear,"
            + " f.id")
    List<CasualtyFamilyMember> findByCase(@Param("caseId") long caseId);
}
