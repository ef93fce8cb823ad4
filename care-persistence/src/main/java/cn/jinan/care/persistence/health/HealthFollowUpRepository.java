package cn.jinan.care.persistence.health;

import cn.jinan.care.domain.health.HealthFollowUp;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface HealthFollowUpRepository extends JpaRepository<HealthFollowUp, Long> {

    @Query("select f from HealthFollowUp f where f.check.id = :checkId order by f.date, f.id")
    List<HealthFollowUp> findByCheck(@Param("checkId") long checkId);
}
