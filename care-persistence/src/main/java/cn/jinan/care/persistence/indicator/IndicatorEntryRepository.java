package cn.jinan.care.persistence.indicator;

import cn.jinan.care.domain.indicator.Indicator;
import cn.jinan.care.domain.indicator.IndicatorEntry;
import cn.jinan.care.domain.organization.OrgLevel;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface IndicatorEntryRepository extends JpaRepository<IndicatorEntry, Long> {

    @Query("select e from IndicatorEntry e join fetch e.organization o where e.id = :id and o.path like :pathPattern")
    Optional<IndicatorEntry> findInScope(@Param("id") long id, @Param("pathPattern") String pathPattern);

    /** The organizations of a level in scope, each with its entry of the year (null when none). */
    @Query(value = "select o, e from Organization o left join IndicatorEntry e on e.organization = o"
            + " and e.year = :year and e.indicator = :indicator"
            + " where o.level = :level and o.active = true and o.path like :pathPattern order by o.path, o.id",
            countQuery = "select count(o) from Organization o where o.level = :level and o.active = true"
                    + " and o.path like :pathPattern")
    Page<Object[]> yearInScope(@Param("pathPattern") String pathPattern, @Param("level") OrgLevel level,
            @Param("indicator") Indicator indicator, @Param("year") int year, Pageable pageable);

    boolean existsByOrganizationIdAndIndicatorAndYear(Long organizationId, Indicator indicator, int year);
}
