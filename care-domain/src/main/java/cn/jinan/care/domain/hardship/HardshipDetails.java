package cn.jinan.care.domain.hardship;

import java.time.LocalDate;
import java.util.Set;

/** What the hardship form holds. */
public record HardshipDetails(Set<HardshipCategory> categories, LocalDate since, String situation, String needs,
        LocalDate nextReviewDate) {
}
