package cn.jinan.care.persistence.honor;

import cn.jinan.care.domain.honor.Honor;
import cn.jinan.care.domain.honor.HonorKind;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface HonorRepository extends JpaRepository<Honor, Long> {

    // a member's honor lies where the member is now, an organization's where the organization is
    String SCOPE = " coalesce(mo.path, ho.path) like :pathPattern";
    String FILTER = " where" + SCOPE + " and h.kind in :kinds and h.year between :fromYear and :toYear";

    @Query("select h from Honor h left join fetch h.member m left join fetch m.organization mo"
            + " left join fetch h.organization ho where h.id = :id and" + SCOPE)
    Optional<Honor> findInScope(@Param("id") long id, @Param("pathPattern") String pathPattern);

    @Query(value = "select h from Honor h left join fetch h.member m left join fetch m.organization mo"
            + " left join fetch h.organization ho" + FILTER
            + " order by h.year desc, h.awardedOn desc, h.id desc",
            countQuery = "select count(h) from Honor h left join h.member m left join m.organization mo"
                    + " left join h.organization ho" + FILTER)
    Page<Honor> findInScope(@Param("pathPattern") String pathPattern, @Param("kinds") Collection<HonorKind> kinds,
            @Param("fromYear") int fromYear, @Param("toYear") int toYear, Pageable pageable);

    @Query("select h from Honor h where h.member.id = :memberId order by h.year desc, h.id desc")
    List<Honor> findByMember(@Param("memberId") long memberId);

    boolean existsByMemberIdAndKind(Long memberId, HonorKind kind);
}
