package cn.jinan.care.persistence.activity;

import cn.jinan.care.domain.activity.ActivityPosting;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ActivityPostingRepository extends JpaRepository<ActivityPosting, Long> {

    @Query("select p from ActivityPosting p join fetch p.member where p.activity.id = :activityId"
            + " order by p.studyDate, p.member.name, p.id")
    List<ActivityPosting> findByActivity(@Param("activityId") long activityId);

    boolean existsByActivityId(Long activityId);
}
