package cn.jinan.care.persistence.oldmember;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.oldmember.Eligibility;

/** A member with the living subsidy in a year, and why. */
public record EligibleMember(Member member, Eligibility eligibility) {
}
