package cn.jinan.care.persistence.recuperation;

import cn.jinan.care.domain.recuperation.CalendarDay;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CalendarDayRepository extends JpaRepository<CalendarDay, Long> {

    List<CalendarDay> findByDateBetweenOrderByDate(LocalDate from, LocalDate to);

    boolean existsByDate(LocalDate date);
}
