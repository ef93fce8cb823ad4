package cn.jinan.care.persistence.suggestion;

import cn.jinan.care.domain.suggestion.Suggestion;
import cn.jinan.care.domain.suggestion.SuggestionChannel;
import cn.jinan.care.domain.suggestion.SuggestionStatus;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface SuggestionRepository extends JpaRepository<Suggestion, Long> {

    // a suggestion lies with the organization that received it
    String FILTER = " where o.path like :pathPattern and s.status in :statuses and s.channel in :channels"
            + " and year(s.receivedOn) between :fromYear and :toYear"
            + " and (:overdue = false or (s.promisedBy < :today and s.status not in ("
            + "cn.jinan.care.domain.suggestion.SuggestionStatus.IMPLEMENTED,"
            + " cn.jinan.care.domain.suggestion.SuggestionStatus.NOT_ADOPTED)))";

    @Query("select s from Suggestion s join fetch s.organization o left join fetch s.member"
            + " where s.id = :id and o.path like :pathPattern")
    Optional<Suggestion> findInScope(@Param("id") long id, @Param("pathPattern") String pathPattern);

    @Query(value = "select s from Suggestion s join fetch s.organization o left join fetch s.member" + FILTER
            + " order by s.receivedOn desc, s.id desc",
            countQuery = "select count(s) from Suggestion s join s.organization o" + FILTER)
    Page<Suggestion> findInScope(@Param("pathPattern") String pathPattern,
            @Param("statuses") Collection<SuggestionStatus> statuses,
            @Param("channels") Collection<SuggestionChannel> channels, @Param("fromYear") int fromYear,
            @Param("toYear") int toYear, @Param("overdue") boolean overdue, @Param("today") LocalDate today,
            Pageable pageable);
}
