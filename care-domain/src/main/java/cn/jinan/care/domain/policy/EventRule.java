package cn.jinan.care.domain.policy;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberEventKind;
import java.time.LocalDate;
import java.util.Optional;

/** A rule that turns a member event into an obligation. One class per rule code. */
public interface EventRule {

    RuleCode code();

    /**
     * The obligation the event creates, if this rule reacts to it. The time limit is the parameter in force on the
     * event's date.
     */
    Optional<ObligationSpec> onEvent(Member member, MemberEventKind kind, LocalDate eventDate, Parameters parameters);
}
