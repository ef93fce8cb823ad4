package cn.jinan.care.domain.organization;

import static cn.jinan.care.domain.organization.OrgLevel.BRANCH;
import static cn.jinan.care.domain.organization.OrgLevel.DISTRICT;
import static cn.jinan.care.domain.organization.OrgLevel.GENERAL_BRANCH;
import static cn.jinan.care.domain.organization.OrgLevel.GROUP;
import static cn.jinan.care.domain.organization.OrgLevel.MUNICIPAL;
import static cn.jinan.care.domain.organization.OrgLevel.STREET;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrgLevelTest {

    @Test
    void ranksLevelsTopDownInDeclarationOrder() {
        assertThat(OrgLevel.values()).containsExactly(MUNICIPAL, DISTRICT, STREET, GENERAL_BRANCH, BRANCH, GROUP);
        for (OrgLevel level : OrgLevel.values()) {
            assertThat(level.rank()).isEqualTo(level.ordinal());
        }
    }

    @Test
    void placesALevelUnderAnyHigherOne() {
        assertThat(DISTRICT.mayBeUnder(MUNICIPAL)).isTrue();
        assertThat(STREET.mayBeUnder(DISTRICT)).isTrue();
        assertThat(BRANCH.mayBeUnder(STREET)).isTrue();
        assertThat(BRANCH.mayBeUnder(GENERAL_BRANCH)).isTrue();
        assertThat(GROUP.mayBeUnder(BRANCH)).isTrue();
    }

    @Test
    void refusesALevelUnderALowerOne() {
        assertThat(DISTRICT.mayBeUnder(BRANCH)).isFalse();
        assertThat(STREET.mayBeUnder(GROUP)).isFalse();
        assertThat(GENERAL_BRANCH.mayBeUnder(BRANCH)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(OrgLevel.class)
    void refusesALevelUnderItsOwn(OrgLevel level) {
        assertThat(level.mayBeUnder(level)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(OrgLevel.class)
    void neverPlacesTheMunicipalCommitteeUnderAnything(OrgLevel parent) {
        assertThat(MUNICIPAL.mayBeUnder(parent)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(OrgLevel.class)
    void refusesAMissingParentLevel(OrgLevel level) {
        assertThat(level.mayBeUnder(null)).isFalse();
    }

    @Test
    void keepsMembersOnBranchesGeneralBranchesAndGroupsOnly() {
        assertThat(BRANCH.holdsMembers()).isTrue();
        assertThat(GENERAL_BRANCH.holdsMembers()).isTrue();
        assertThat(GROUP.holdsMembers()).isTrue();
        assertThat(MUNICIPAL.holdsMembers()).isFalse();
        assertThat(DISTRICT.holdsMembers()).isFalse();
        assertThat(STREET.holdsMembers()).isFalse();
    }
}
