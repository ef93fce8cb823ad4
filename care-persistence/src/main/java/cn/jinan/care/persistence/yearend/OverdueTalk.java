package cn.jinan.care.persistence.yearend;

import cn.jinan.care.domain.member.MemberEventKind;
import cn.jinan.care.domain.policy.RequiredAction;
import java.time.LocalDate;

/**
 * An open R08-TALK-ON-EVENT obligation past its due date (第8条 三必谈): who, the event that asked for the talk (none
 * for an obligation opened without one), the talk required, when it was due and by how many days it is late.
 */
public record OverdueTalk(long obligationId, long memberId, String memberName, String organizationName,
        MemberEventKind eventKind, LocalDate eventDate, RequiredAction action, LocalDate dueDate, long daysOverdue) {
}
