package cn.jinan.care.persistence.oldmember;

import cn.jinan.care.domain.oldmember.EligibilityReason;

/**
 * What the eligible list shows: the members of a year, optionally only under one organization of the scope and only
 * of one rule.
 */
public record EligibleFilter(int year, Long organizationId, EligibilityReason reason) {
}
