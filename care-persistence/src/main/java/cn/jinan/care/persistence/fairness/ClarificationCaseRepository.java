package cn.jinan.care.persistence.fairness;

import cn.jinan.care.domain.fairness.ClarificationCase;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ClarificationCaseRepository extends JpaRepository<ClarificationCase, Long> {

    String FILTER = " where o.path like :pathPattern and c.receivedOn between :from and :to";

    @Query("select c from ClarificationCase c join fetch c.member m join fetch m.organization o where c.id = :id"
            + " and o.path like :pathPattern")
    Optional<ClarificationCase> findInScope(@Param("id") long id, @Param("pathPattern") String pathPattern);

    @Query(value = "select c from ClarificationCase c join fetch c.member m join fetch m.organization o" + FILTER
            + " order by c.receivedOn desc, c.id desc",
            countQuery = "select count(c) from ClarificationCase c join c.member m join m.organization o" + FILTER)
    Page<ClarificationCase> findInScope(@Param("pathPattern") String pathPattern, @Param("from") LocalDate from,
            @Param("to") LocalDate to, Pageable pageable);
}
