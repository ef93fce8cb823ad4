package cn.jinan.care.persistence.obligation;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.policy.RequiredAction;
import java.time.LocalDate;

/** A logged record as the obligations see it: which member, which action, which day. */
public record FulfillingRecord(String type, long id, Member member, RequiredAction action, LocalDate date) {

    public static final String TALK = "TALK";
    public static final String VISIT = "VISIT";
    /** A health check's follow-up (第22条). */
    public static final String HEALTH = "HEALTH";
    /** A follow-up in the on-duty casualty register (第28条). */
    public static final String CASUALTY = "CASUALTY";
}
