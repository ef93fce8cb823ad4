package cn.jinan.care.domain.secondment;

import java.time.LocalDate;

/** What the secondment form holds; the units are text (a unit outside the tree) or an organization's name. */
public record SecondmentDetails(SecondmentKind kind, SecondmentDirection direction, String fromUnit, String toUnit,
        String post, LocalDate startDate, LocalDate endDate, String documentNumber, String notes) {
}
