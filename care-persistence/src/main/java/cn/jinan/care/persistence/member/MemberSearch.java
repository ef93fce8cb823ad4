package cn.jinan.care.persistence.member;

import cn.jinan.care.domain.member.MemberCategory;
import cn.jinan.care.domain.member.MemberStatus;

/**
 * What the roster is filtered by. {@code text} matches any part of the name, or, when it is digits (and an optional
 * X), the end of the identity number. {@code organizationId} narrows to that organization's subtree, and can only
 * narrow: it is combined with the caller's scope, never used instead of it.
 */
public record MemberSearch(
        String text,
        Long organizationId,
        MemberStatus status,
        MemberCategory category,
        Flag flag) {

    /** One flag to filter on. */
    public enum Flag {
        LEADING_CADRE, GRASSROOTS, RURAL, RETIRED, WITHOUT_PENSION, DELEGATE, STREET_STAFF
    }

    public static MemberSearch all() {
        return new MemberSearch(null, null, null, null, null);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }

    /** Whether the text is (the end of) an identity number rather than a name. */
    public boolean textIsIdDigits() {
        return hasText() && text.strip().matches("[0-9]{1,17}[0-9Xx]?");
    }
}
