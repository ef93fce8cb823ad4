package cn.jinan.care.persistence.talk;

import cn.jinan.care.domain.talk.Talk;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface TalkRepository extends JpaRepository<Talk, Long> {

    @Query("select t from Talk t join fetch t.member m join fetch m.organization o where t.id = :id"
            + " and o.path like :pathPattern")
    Optional<Talk> findInScope(@Param("id") long id, @Param("pathPattern") String pathPattern);

    @Query(value = "select t from Talk t join fetch t.member m join fetch m.organization o"
            + " where o.path like :pathPattern order by t.date desc, t.id desc",
            countQuery = "select count(t) from Talk t join t.member m join m.organization o"
                    + " where o.path like :pathPattern")
    Page<Talk> findInScope(@Param("pathPattern") String pathPattern, Pageable pageable);

    @Query("select t from Talk t where t.member.id = :memberId order by t.date desc, t.id desc")
    List<Talk> findByMember(@Param("memberId") long memberId);
}
