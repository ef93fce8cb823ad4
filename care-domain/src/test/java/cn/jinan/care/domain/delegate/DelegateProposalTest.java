package cn.jinan.care.domain.delegate;

import static cn.jinan.care.domain.delegate.Delegates.TODAY;
import static cn.jinan.care.domain.delegate.Delegates.delegate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jinan.care.domain.member.DelegateLevel;
import cn.jinan.care.domain.member.Member;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** 第7条: 提案 jointly during a congress (at least the minimum signers), 提议 in writing between congresses. */
class DelegateProposalTest {

    private static final int MIN = 5;
    private final Member lead = delegate("王强");

    private static List<Member> coSigners(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(i -> delegate("代表" + i)).toList();
    }

    private static ProposalDetails details(ProposalKind kind) {
        return new ProposalDetails(kind, kind == ProposalKind.PROPOSAL ? "区第十二次党代会第三次会议" : null,
                "关于加强老旧小区党建的提案", "建议……", "中共历下区委", TODAY.minusDays(10));
    }

    @Test
    void aProposalNeedsTheMinimumSignersLeadIncluded() {
        assertThatThrownBy(() -> DelegateProposal.submit(lead, coSigners(MIN - 2), details(ProposalKind.PROPOSAL),
                MIN, TODAY))
                .hasFieldOrPropertyWithValue("field", "coSignerIds")
                .hasFieldOrPropertyWithValue("messageKey", "proposal.signers.too-few");
        DelegateProposal p = DelegateProposal.submit(lead, coSigners(MIN - 1), details(ProposalKind.PROPOSAL), MIN,
                TODAY);
        assertThat(p.signerCount()).isEqualTo(MIN);
    }

    @Test
    void aMotionMayBeOneDelegatesButIsWritten() {
        DelegateProposal m = DelegateProposal.submit(lead, List.of(), details(ProposalKind.MOTION), MIN, TODAY);
        assertThat(m.signerCount()).isEqualTo(1);
        assertThatThrownBy(() -> DelegateProposal.submit(lead, List.of(), new ProposalDetails(ProposalKind.MOTION,
                null, "题目", " ", "中共历下区委", TODAY), MIN, TODAY)).hasFieldOrPropertyWithValue("field", "content");
    }

    @Test
    void aProposalNamesItsCongress() {
        assertThatThrownBy(() -> DelegateProposal.submit(lead, coSigners(MIN), new ProposalDetails(
                ProposalKind.PROPOSAL, null, "题目", "内容", "中共历下区委", TODAY), MIN, TODAY))
                .hasFieldOrPropertyWithValue("field", "congress");
    }

    @Test
    void onlyDelegatesLeadAndSign() {
        Member plain = Delegates.member("李华", DelegateLevel.NONE);
        assertThatThrownBy(() -> DelegateProposal.submit(plain, List.of(), details(ProposalKind.MOTION), MIN, TODAY))
                .hasFieldOrPropertyWithValue("messageKey", "proposal.delegate.not-delegate");
        assertThatThrownBy(() -> DelegateProposal.submit(lead, List.of(plain), details(ProposalKind.MOTION), MIN,
                TODAY)).hasFieldOrPropertyWithValue("messageKey", "proposal.cosigner.not-delegate");
        assertThatThrownBy(() -> DelegateProposal.submit(lead, List.of(lead), details(ProposalKind.MOTION), MIN,
                TODAY)).hasFieldOrPropertyWithValue("messageKey", "proposal.cosigner.lead");
    }

    @Test
    void acceptedHandledThenReplied() {
        DelegateProposal p = DelegateProposal.submit(lead, coSigners(4), details(ProposalKind.PROPOSAL), MIN, TODAY);
        assertThatThrownBy(() -> p.reply("答复", TODAY, TODAY))
                .hasFieldOrPropertyWithValue("messageKey", "proposal.step.not-allowed");
        p.decide(ProposalDecision.ACCEPT, "区住建局", TODAY.minusDays(5), TODAY);
        assertThat(p.getStatus()).isEqualTo(ProposalStatus.ACCEPTED);
        assertThatThrownBy(() -> p.change(List.of(), details(ProposalKind.MOTION), MIN, TODAY))
                .hasFieldOrPropertyWithValue("messageKey", "proposal.decided");
        assertThatThrownBy(() -> p.decide(ProposalDecision.MERGE, "x", TODAY, TODAY))
                .hasFieldOrPropertyWithValue("messageKey", "proposal.step.not-allowed");
        assertThatThrownBy(() -> p.handle("已办", TODAY.minusDays(6), TODAY))
                .hasFieldOrPropertyWithValue("messageKey", "proposal.date.before-previous");
        p.handle("已完成改造", TODAY, TODAY);
        p.reply("书面答复代表", TODAY, TODAY);
        assertThat(p.getStatus()).isEqualTo(ProposalStatus.REPLIED);
    }

    @Test
    void notAcceptedGoesStraightToTheReply() {
        DelegateProposal p = DelegateProposal.submit(lead, List.of(), details(ProposalKind.MOTION), MIN, TODAY);
        p.decide(ProposalDecision.NOT_ACCEPT, "不属于同级党委职权范围", TODAY, TODAY);
        assertThatThrownBy(() -> p.handle("办理", TODAY, TODAY))
                .hasFieldOrPropertyWithValue("messageKey", "proposal.step.not-allowed");
        p.reply("已向代表说明", TODAY, TODAY);
        assertThat(p.getStatus()).isEqualTo(ProposalStatus.REPLIED);
    }

    @Test
    void aSessionCallsDelegatesOnlyAndMarksWhoCame() {
        Member a = delegate("甲");
        Member b = delegate("乙");
        DelegateSession s = DelegateSession.hold(Delegates.branch(), SessionKind.TRAINING, TODAY, "党代表培训班", null,
                List.of(a, b), Set.of(a.getId()), TODAY);
        assertThat(s.presentCount()).isEqualTo(1);
        s.markPresent(Set.of(a.getId(), b.getId(), 999L));
        assertThat(s.presentCount()).isEqualTo(2);
        assertThatThrownBy(() -> DelegateSession.hold(Delegates.branch(), SessionKind.PLENARY, TODAY, "全委会", null,
                List.of(Delegates.member("丙", DelegateLevel.NONE)), Set.of(), TODAY))
                .hasFieldOrPropertyWithValue("messageKey", "proposal.cosigner.not-delegate");
    }
}
