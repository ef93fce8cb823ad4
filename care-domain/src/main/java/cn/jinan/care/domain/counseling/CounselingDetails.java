package cn.jinan.care.domain.counseling;

import java.time.LocalDate;

/** What the counseling case form holds. */
public record CounselingDetails(LocalDate referralDate, ReferralSource referralSource, String assessment,
        String intervention, String followUp) {
}
