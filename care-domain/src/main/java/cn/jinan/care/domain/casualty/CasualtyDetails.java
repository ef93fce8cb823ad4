package cn.jinan.care.domain.casualty;

import java.time.LocalDate;

/**
 * What the case form holds. {@code cause} and the martyr fields concern a death on duty, {@code disabilityGrade}
 * (伤残等级 1–10) and {@code disabilityDescription} a disablement.
 */
public record CasualtyDetails(CasualtyKind kind, LocalDate eventDate, DeathCause cause, Integer disabilityGrade,
        String disabilityDescription, boolean martyr, LocalDate martyrRecognisedOn, String martyrDocument,
        String responsiblePerson, String responsiblePhone, LocalDate openedOn, String notes) {
}
