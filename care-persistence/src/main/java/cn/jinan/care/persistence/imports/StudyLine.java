package cn.jinan.care.persistence.imports;

import cn.jinan.care.domain.training.StudyKind;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A row of a study-hours file without problems: the record it makes. */
public record StudyLine(int row, String name, String maskedIdNumber, String organization, LocalDate date,
        BigDecimal hours, String course, StudyKind kind) {
}
