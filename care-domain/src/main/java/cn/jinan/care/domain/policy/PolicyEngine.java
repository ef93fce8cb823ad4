package cn.jinan.care.domain.policy;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberEventKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The event rules together: what an event obliges the member's party organization to do. Plain Java, no state; the
 * persistence layer stores the obligations and matches records to them.
 */
public final class PolicyEngine {

    private final List<EventRule> rules;
    private final OldMemberVisitRule oldMemberVisits = new OldMemberVisitRule();

    public PolicyEngine() {
        this.rules = List.of(new TalkOnEventRule(), oldMemberVisits, new EmergencyVisitRule(), new EndOfLifeRule(),
                new CondolenceRule());
    }

    /** R26-OLD-MEMBER-VISIT, which also plans visits to very old members (no event marks their age). */
    public OldMemberVisitRule oldMemberVisits() {
        return oldMemberVisits;
    }

    public List<EventRule> rules() {
        return rules;
    }

    /** The obligations an event creates, each with its due date from the parameters in force on the event date. */
    public List<ObligationSpec> obligationsFor(Member member, MemberEventKind kind, LocalDate eventDate,
            Parameters parameters) {
        return rules.stream().map(r -> r.onEvent(member, kind, eventDate, parameters)).flatMap(Optional::stream)
                .toList();
    }

    /**
     * What follows a fulfilled obligation: a recurring rule (R26) asks for the next visit one period after this one,
     * as long as the member is on the roster.
     */
    public Optional<ObligationSpec> followUp(Member member, RuleCode rule, LocalDate fulfilledOn,
            Parameters parameters) {
        if (rule == RuleCode.R26_OLD_MEMBER_VISIT && member.isActive()) {
            return Optional.of(oldMemberVisits.next(fulfilledOn, parameters));
        }
        return Optional.empty();
    }
}
