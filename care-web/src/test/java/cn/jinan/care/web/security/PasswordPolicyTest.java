package cn.jinan.care.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Password rules (等保 2.0 身份鉴别: complexity): length, letters and digits, not the user name. */
class PasswordPolicyTest {

    @Test
    void aGoodPasswordPasses() {
        assertThat(PasswordPolicy.problem("river7lantern", "lixia")).isEmpty();
        assertThat(PasswordPolicy.problem("党建工作2025年度", "lixia")).isEmpty();
    }

    @Test
    void eachRuleHasItsOwnMessage() {
        assertThat(PasswordPolicy.problem("short1", "lixia")).contains("password.too-short");
        assertThat(PasswordPolicy.problem(null, "lixia")).contains("password.too-short");
        assertThat(PasswordPolicy.problem("a1".repeat(65), "lixia")).contains("password.too-long");
        assertThat(PasswordPolicy.problem("onlyletterspassword", "lixia")).contains("password.letters-and-digits");
        assertThat(PasswordPolicy.problem("1234567890123", "lixia")).contains("password.letters-and-digits");
        assertThat(PasswordPolicy.problem("LiXia2025pass", "lixia")).contains("password.contains-username");
    }

    @Test
    void theBoundaryIsTenCharacters() {
        assertThat(PasswordPolicy.problem("abcdefgh1", "u")).contains("password.too-short");
        assertThat(PasswordPolicy.problem("abcdefgh12", "u")).isEmpty();
    }
}
