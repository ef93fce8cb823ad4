package cn.jinan.care.persistence.activity;

import cn.jinan.care.domain.activity.ActivityParticipant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ActivityParticipantRepository extends JpaRepository<ActivityParticipant, Long> {

    @Query("select p from ActivityParticipant p join fetch p.member m join fetch m.organization"
            + " where p.activity.id = :activityId order by m.name, m.id")
    List<ActivityParticipant> findByActivity(@Param("activityId") long activityId);
}
