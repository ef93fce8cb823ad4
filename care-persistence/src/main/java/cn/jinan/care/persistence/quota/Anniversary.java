package cn.jinan.care.persistence.quota;

import java.time.LocalDate;

/** A member whose admission anniversary (政治生日) falls in the month. */
public record Anniversary(long memberId, String memberName, String organizationName, LocalDate admittedDate,
        int years) {
}
