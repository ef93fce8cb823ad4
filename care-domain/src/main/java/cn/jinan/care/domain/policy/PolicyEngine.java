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
    private final FamilyFollowUpRule familyFollowUps = new FamilyFollowUpRule();

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
     * What follows a fulfilled obligation: a recurring rule asks for the next visit one period after this one — R26 as
     * long as the member is on the roster, R28 as long as the casualty's case is open (closing it waives the open
     * follow-up, so nothing is fulfilled after that and the chain ends).
     */
    public Optional<ObligationSpec> followUp(Member member, RuleCode rule, LocalDate fulfilledOn,
            Parameters parameters) {
        if (rule == RuleCode.R26_OLD_MEMBER_VISIT && member.isActive()) {
            return Optional.of(oldMemberVisits.next(fulfilledOn, parameters));
        }
        if (rule == RuleCode.R28_FAMILY_FOLLOW_UP) {
            return Optional.of(familyFollowUps.next(fulfilledOn, parameters));
        }
        return Optional.empty();
    }

    /**
     * Whether a rule's obligations follow one another (each fulfilment asks for the next). The follow-up such a rule
     * asks for is not answered by a second record of the very day it arose: one visit, logged twice (in the visit log
     * and in a register), is one visit.
     */
    public boolean isRecurring(RuleCode rule) {
        return rule == RuleCode.R26_OLD_MEMBER_VISIT || rule == RuleCode.R28_FAMILY_FOLLOW_UP;
    }

    public FamilyFollowUpRule familyFollowUps() {
        return familyFollowUps;
    }
}
