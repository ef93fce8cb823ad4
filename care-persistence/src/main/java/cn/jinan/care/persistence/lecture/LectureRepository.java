package cn.jinan.care.persistence.lecture;

import cn.jinan.care.domain.lecture.Lecture;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface LectureRepository extends JpaRepository<Lecture, Long> {

    /** A lecture is in scope when its speaker is. */
    @Query("select l from Lecture l join fetch l.speaker m join fetch m.organization o join fetch l.venue"
            + " where l.id = :id and o.path like :pathPattern")
    Optional<Lecture> findInScope(@Param("id") long id, @Param("pathPattern") String pathPattern);

    @Query(value = "select l from Lecture l join fetch l.speaker m join fetch m.organization o join fetch l.venue v"
            + " where o.path like :pathPattern or v.path like :pathPattern order by l.date desc, l.id desc",
            countQuery = "select count(l) from Lecture l join l.speaker m join m.organization o join l.venue v"
                    + " where o.path like :pathPattern or v.path like :pathPattern")
    Page<Lecture> findInScope(@Param("pathPattern") String pathPattern, Pageable pageable);

    @Query("select l from Lecture l join fetch l.venue where l.speaker.id = :memberId order by l.date desc")
    List<Lecture> findBySpeaker(@Param("memberId") long memberId);

    @Query("select count(l) from Lecture l where l.speaker.id = :memberId and l.date between :from and :to")
    long countBetween(@Param("memberId") long memberId, @Param("from") LocalDate from, @Param("to") LocalDate to);
}
