package cn.jinan.care.domain.sanction;

import java.time.LocalDate;

/** What the sanction form holds; {@code probationMonths} only for 留党察看. */
public record SanctionDetails(SanctionType type, LocalDate decidedOn, String decidingBody, String documentNumber,
        Integer probationMonths, String grounds) {
}
