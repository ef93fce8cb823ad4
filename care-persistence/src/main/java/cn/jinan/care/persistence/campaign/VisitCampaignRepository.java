package cn.jinan.care.persistence.campaign;

import cn.jinan.care.domain.campaign.VisitCampaign;
import cn.jinan.care.domain.obligation.Obligation;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface VisitCampaignRepository extends JpaRepository<VisitCampaign, Long> {

    /**
     * A campaign touches a scope when it runs in the scope (its organization lies in it) or covers it (its
     * organization is above the scope's).
     */
    String TOUCHES = " (o.path like :pathPattern or :path like concat(o.path, '%'))";

    @Query("select c from VisitCampaign c join fetch c.organization o where c.id = :id and" + TOUCHES)
    Optional<VisitCampaign> findTouching(@Param("id") long id, @Param("path") String path,
            @Param("pathPattern") String pathPattern);

    /** The campaigns touching a scope whose window overlaps from..to, the latest first. */
    @Query(value = "select c from VisitCampaign c join fetch c.organization o where" + TOUCHES
            + " and c.windowStart <= :to and c.windowEnd >= :from order by c.windowStart desc, c.id desc",
            countQuery = "select count(c) from VisitCampaign c join c.organization o where" + TOUCHES
                    + " and c.windowStart <= :to and c.windowEnd >= :from")
    Page<VisitCampaign> findTouching(@Param("path") String path, @Param("pathPattern") String pathPattern,
            @Param("from") LocalDate from, @Param("to") LocalDate to, Pageable pageable);

    /** A campaign's members not visited yet, in a part of the tree, by organization and name. */
    @Query(value = """
            select ob from Obligation ob join fetch ob.member m join fetch m.organization org
             where ob.campaignId = :campaignId and org.path like :pathPattern
               and ob.status = cn.jinan.care.domain.obligation.ObligationStatus.OPEN
             order by org.path, m.name, ob.id
            """, countQuery = """
            select count(ob) from Obligation ob join ob.member m join m.organization org
             where ob.campaignId = :campaignId and org.path like :pathPattern
               and ob.status = cn.jinan.care.domain.obligation.ObligationStatus.OPEN
            """)
    Page<Obligation> findNotVisited(@Param("campaignId") long campaignId, @Param("pathPattern") String pathPattern,
            Pageable pageable);
}
