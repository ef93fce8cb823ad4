package cn.jinan.care.persistence.exemption;

import cn.jinan.care.persistence.shared.Versions;
import cn.jinan.care.domain.exemption.Exemption;
import cn.jinan.care.domain.exemption.ExemptionReason;
import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.scope.DataScope;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Exemptions from yearly quotas, for members in scope. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class ExemptionService {

    private final ExemptionRepository exemptions;
    private final MemberService members;
    private final Clock clock;

    @Transactional
    public Exemption grant(DataScope scope, long memberId, int year, RuleCode rule, ExemptionReason reason,
            String reasonText, String approvedBy) {
        var member = members.get(scope, memberId);
        if (rule != null && exemptions.existsByMemberIdAndYearAndRule(memberId, year, rule)) {
            throw DomainException.onField("rule", "exemption.duplicate");
        }
        return exemptions.save(Exemption.grant(member, year, rule, reason, reasonText, approvedBy,
                LocalDate.now(clock).getYear()));
    }

    public Exemption get(DataScope scope, long id) {
        return exemptions.findInScope(id, scope.likePattern())
                .orElseThrow(() -> new cn.jinan.care.persistence.shared.NotFoundException("exemption", id));
    }

    public org.springframework.data.domain.Page<Exemption> inScope(DataScope scope, int year,
            org.springframework.data.domain.Pageable pageable) {
        return exemptions.findInScope(scope.likePattern(), year, pageable);
    }

    @Transactional
    public Exemption correct(DataScope scope, long id, long expectedVersion, ExemptionReason reason,
            String reasonText, String approvedBy) {
        Exemption exemption = get(scope, id);
        Versions.require(exemption, expectedVersion);
        exemption.correct(reason, reasonText, approvedBy);
        return exemption;
    }

    public List<Exemption> forMember(DataScope scope, long memberId) {
        members.get(scope, memberId);
        return exemptions.findByMember(memberId);
    }

    public boolean exempt(long memberId, int year, RuleCode rule) {
        return exemptions.existsByMemberIdAndYearAndRule(memberId, year, rule);
    }
}
