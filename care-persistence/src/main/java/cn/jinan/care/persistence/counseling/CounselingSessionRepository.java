package cn.jinan.care.persistence.counseling;

import cn.jinan.care.domain.counseling.CounselingSession;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CounselingSessionRepository extends JpaRepository<CounselingSession, Long> {

    @Query("select s from CounselingSession s where s.counselingCase.id = :caseId order by s.date, s.id")
    List<CounselingSession> findByCase(@Param("caseId") long caseId);
}
