package cn.jinan.care.persistence.counseling;

import cn.jinan.care.domain.counseling.CounselingCase;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CounselingCaseRepository extends JpaRepository<CounselingCase, Long> {

    @Query("select c from CounselingCase c join fetch c.member m join fetch m.organization o where c.id = :id"
            + " and o.path like :pathPattern")
    Optional<CounselingCase> findInScope(@Param("id") long id, @Param("pathPattern") String pathPattern);

    @Query(value = "select c from CounselingCase c join fetch c.member m join fetch m.organization o"
            + " where o.path like :pathPattern order by c.referralDate desc, c.id desc",
            countQuery = "select count(c) from CounselingCase c join c.member m join m.organization o"
                    + " where o.path like :pathPattern")
    Page<CounselingCase> findInScope(@Param("pathPattern") String pathPattern, Pageable pageable);
}
