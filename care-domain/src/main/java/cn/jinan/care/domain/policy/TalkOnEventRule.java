package cn.jinan.care.domain.policy;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberEventKind;
import java.time.LocalDate;
import java.util.Optional;

/**
 * R08-TALK-ON-EVENT, 第8条 "三必谈": 在培养发展入党和党员转接组织关系、获得功勋荣誉表彰时…谈心谈话，给予鼓励鞭策；党员受到组织处理、
 * 纪律处分，或者发现有苗头性倾向性问题时，党组织应当及时谈话，进行教育帮助；在党员岗位变动时，党组织应当及时谈话，肯定成绩，指出不足.
 * The due date counts whole days from the event: with a 30-day limit, a talk on day 30 is on time and on day 31 late.
 */
public final class TalkOnEventRule implements EventRule {

    @Override
    public RuleCode code() {
        return RuleCode.R08_TALK_ON_EVENT;
    }

    @Override
    public Optional<ObligationSpec> onEvent(Member member, MemberEventKind kind, LocalDate eventDate,
            Parameters parameters) {
        return switch (kind) {
            case ADMITTED, TRANSFERRED_IN, HONORED -> Optional.of(spec(RequiredAction.ENCOURAGEMENT_TALK, eventDate,
                    parameters.intValueOn(ParameterKey.ENCOURAGEMENT_TALK_DAYS, eventDate)));
            case SANCTIONED, TENDENCY_PROBLEM -> Optional.of(spec(RequiredAction.EDUCATION_TALK, eventDate,
                    parameters.intValueOn(ParameterKey.EDUCATION_TALK_DAYS, eventDate)));
            case POST_CHANGED -> Optional.of(spec(RequiredAction.POST_CHANGE_TALK, eventDate,
                    parameters.intValueOn(ParameterKey.POST_CHANGE_TALK_DAYS, eventDate)));
            default -> Optional.empty();
        };
    }

    private ObligationSpec spec(RequiredAction action, LocalDate eventDate, int days) {
        return new ObligationSpec(code(), action, eventDate.plusDays(days));
    }
}
