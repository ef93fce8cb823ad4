package cn.jinan.care.domain.talk;

import java.time.LocalDate;

/** What the talk form holds. */
public record TalkDetails(LocalDate date, TalkKind kind, String talkerName, TalkerPost talkerPost, String place,
        String summary) {
}
