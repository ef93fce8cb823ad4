package cn.jinan.care.persistence.activity;

import cn.jinan.care.domain.activity.TrainingPlan;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TrainingPlanRepository extends JpaRepository<TrainingPlan, Long> {

    String FILTER = " where o.path like :pathPattern and t.year between :fromYear and :toYear";

    @Query("select t from TrainingPlan t join fetch t.organization o where t.id = :id and o.path like :pathPattern")
    Optional<TrainingPlan> findInScope(@Param("id") long id, @Param("pathPattern") String pathPattern);

    @Query(value = "select t from TrainingPlan t join fetch t.organization o" + FILTER
            + " order by t.year desc, o.path, t.id",
            countQuery = "select count(t) from TrainingPlan t join t.organization o" + FILTER)
    Page<TrainingPlan> findInScope(@Param("pathPattern") String pathPattern, @Param("fromYear") int fromYear,
            @Param("toYear") int toYear, Pageable pageable);

    boolean existsByOrganizationIdAndYear(Long organizationId, int year);
}
