package cn.jinan.care.persistence.casualty;

import cn.jinan.care.domain.casualty.CasualtyFollowUp;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CasualtyFollowUpRepository extends JpaRepository<CasualtyFollowUp, Long> {

    @Query("select f from CasualtyFollowUp f where f.casualtyCase.id = :caseId order by f.date desc, f.id desc")
    List<CasualtyFollowUp> findByCase(@Param("caseId") long caseId);
}
