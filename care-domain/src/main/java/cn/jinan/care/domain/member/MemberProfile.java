package cn.jinan.care.domain.member;

import cn.jinan.care.domain.shared.Gender;
import cn.jinan.care.domain.shared.IdCardNumber;
import java.time.LocalDate;

/**
 * What is entered about a member on the roster form or an import row, before it becomes a {@link Member}.
 * {@link Member#create} and {@link Member#update} check it as a whole.
 */
public record MemberProfile(
        String name,
        Gender gender,
        String ethnicity,
        IdCardNumber idNumber,
        LocalDate birthDate,
        String phone,
        LocalDate admittedDate,
        LocalDate fullMemberDate,
        MemberCategory category,
        MemberFlags flags) {
}
