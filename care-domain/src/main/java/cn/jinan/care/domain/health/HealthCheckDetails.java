package cn.jinan.care.domain.health;

import java.time.LocalDate;

/** What the health check form holds. */
public record HealthCheckDetails(Integer year, LocalDate date, String institution, boolean majorRisk, String findings,
        String followUpPlan) {
}
