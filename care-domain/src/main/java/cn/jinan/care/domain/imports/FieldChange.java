package cn.jinan.care.domain.imports;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberFlags;
import cn.jinan.care.domain.member.MemberProfile;
import cn.jinan.care.domain.organization.Organization;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A field an import would change on an existing member, before and after. The field is named as the history pages
 * name it ({@code field.<name>}); values are dates, enums, booleans or text.
 */
public record FieldChange(String field, Object before, Object after) {

    /** What updating {@code member} to {@code profile} in {@code organization} changes, in the roster form's order. */
    public static List<FieldChange> between(Member member, Organization organization, MemberProfile profile) {
        List<FieldChange> changes = new ArrayList<>();
        if (!member.getOrganization().getId().equals(organization.getId())) {
            changes.add(new FieldChange("organization", label(member.getOrganization()), label(organization)));
        }
        MemberProfile old = member.profile();
        add(changes, "memberName", old.name(), profile.name());
        add(changes, "gender", old.gender(), profile.gender());
        add(changes, "ethnicity", old.ethnicity(), profile.ethnicity());
        add(changes, "birthDate", old.birthDate(), profile.birthDate());
        add(changes, "phone", old.phone(), profile.phone());
        add(changes, "admittedDate", old.admittedDate(), profile.admittedDate());
        add(changes, "fullMemberDate", old.fullMemberDate(), profile.fullMemberDate());
        add(changes, "category", old.category(), profile.category());
        MemberFlags was = old.flags();
        MemberFlags will = profile.flags();
        add(changes, "leadingCadre", was.leadingCadre(), will.leadingCadre());
        add(changes, "grassroots", was.grassroots(), will.grassroots());
        add(changes, "household", was.household(), will.household());
        add(changes, "retired", was.retired(), will.retired());
        add(changes, "withoutPension", was.withoutPension(), will.withoutPension());
        add(changes, "delegateLevel", was.delegateLevel(), will.delegateLevel());
        add(changes, "streetStaff", was.streetStaff(), will.streetStaff());
        return changes;
    }

    private static void add(List<FieldChange> changes, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            changes.add(new FieldChange(field, before, after));
        }
    }

    private static String label(Organization organization) {
        return organization.getName() + "（" + organization.getCode() + "）";
    }
}
