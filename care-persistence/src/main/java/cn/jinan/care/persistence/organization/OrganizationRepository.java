package cn.jinan.care.persistence.organization;

import cn.jinan.care.domain.organization.Organization;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface OrganizationRepository extends JpaRepository<Organization, Long> {

    Optional<Organization> findByCode(String code);

    boolean existsByCode(String code);

    @Query("select o from Organization o where o.id = :id and o.path like :pathPattern")
    Optional<Organization> findInScope(@Param("id") long id, @Param("pathPattern") String pathPattern);

    @Query("select o from Organization o where o.path like :pathPattern order by o.path")
    List<Organization> findSubtree(@Param("pathPattern") String pathPattern);

    @Query("select o from Organization o where o.path like :pathPattern and o.depth <= :depth order by o.path")
    List<Organization> findSubtreeToDepth(@Param("pathPattern") String pathPattern, @Param("depth") int depth);

    @Query("select o from Organization o where o.parent.id = :parentId order by o.sortOrder, o.code")
    List<Organization> findByParent(@Param("parentId") long parentId);

    @Query("select o from Organization o where o.path like :pathPattern and o.level in :levels and o.active = true"
            + " order by o.code")
    List<Organization> findSubtreeOfLevels(@Param("pathPattern") String pathPattern,
            @Param("levels") java.util.Collection<cn.jinan.care.domain.organization.OrgLevel> levels);

    @Query(value = """
            select c.id as id, c.code as code, c.name as name, c.level as level, c.active as active,
                   (select count(*) from organization g where g.parent_id = c.id) as childCount,
                   (select count(*) from member m join organization d on d.id = m.organization_id
                     where d.path like c.path || '%' and m.status = 'ACTIVE') as memberCount
              from organization c
             where c.parent_id = :parentId
             order by c.sort_order, c.code
            """, nativeQuery = true)
    List<OrgNode> findChildren(@Param("parentId") long parentId);

    @Query(value = """
            select count(*) from member m join organization d on d.id = m.organization_id
             where d.path like :pathPattern and m.status = 'ACTIVE'
            """, nativeQuery = true)
    long countActiveMembers(@Param("pathPattern") String pathPattern);
}
