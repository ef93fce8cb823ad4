package cn.jinan.care.web.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.policy.ParameterKey;
import cn.jinan.care.domain.policy.QuotaRule;
import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.domain.shared.AuditActor;
import cn.jinan.care.domain.training.StudyKind;
import cn.jinan.care.persistence.policy.ParameterService;
import cn.jinan.care.persistence.quota.QuotaChangePreview;
import cn.jinan.care.persistence.quota.QuotaService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.training.StudyService;
import cn.jinan.care.web.support.CareWebTest;
import cn.jinan.care.web.support.Demo;
import cn.jinan.care.web.support.Records;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

@CareWebTest
class RuleCataloguePagesTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

    @Autowired
    private MockMvc mvc;
    @Autowired
    private Demo demo;
    @Autowired
    private Records records;
    @Autowired
    private ParameterService parameters;
    @Autowired
    private QuotaService quotas;
    @Autowired
    private StudyService study;
    @Autowired
    private MessageSource messages;

    @Test
    void everyRuleAndParameterHasItsWordingInBothLanguages() {
        for (Locale locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            for (RuleCode rule : RuleCode.values()) {
                assertThat(messages.getMessage("rule." + rule.code(), null, null, locale)).as(rule + " " + locale)
                        .isNotBlank();
                assertThat(messages.getMessage("rule." + rule.code() + ".wording", null, null, locale))
                        .as(rule + " wording " + locale).isNotBlank();
            }
            for (ParameterKey key : ParameterKey.values()) {
                assertThat(messages.getMessage("enum.ParameterKey." + key.name(), null, null, locale))
                        .as(key + " " + locale).isNotBlank();
            }
        }
    }

    @Test
    void theCatalogueListsEveryRuleWithItsArticleAndTheValueInForce() throws Exception {
        var page = mvc.perform(get("/rules").with(demo.as("secretary1")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("每名党员每年集中学习培训不少于规定学时。")))
                .andExpect(content().string(containsString("第3条")))
                .andReturn().getResponse().getContentAsString();
        for (RuleCode rule : RuleCode.values()) {
            assertThat(page).contains("id=\"" + rule.code() + "\"");
        }
        // only administrators see the change button
        assertThat(page).doesNotContain("/rules/parameters/");
        mvc.perform(get("/rules").with(demo.as("admin")))
                .andExpect(content().string(containsString("/rules/parameters/TRAINING_HOURS_PER_YEAR/new")));
    }

    @Test
    void anAdministratorAddsAFutureValueAndTheEarlierOneStaysInForceUntilThen() throws Exception {
        LocalDate from = LocalDate.of(2091, 1, 1);
        mvc.perform(post("/rules/parameters/LECTURES_PER_YEAR").with(demo.as("admin")).with(csrf())
                        .param("value", "3").param("effectiveFrom", from.toString())
                        .param("note", "测试：2091年起每年3次"))
                .andExpect(status().is3xxRedirection());
        assertThat(parameters.valueOn(ParameterKey.LECTURES_PER_YEAR, TODAY)).isEqualByComparingTo("2");
        assertThat(parameters.valueOn(ParameterKey.LECTURES_PER_YEAR, from.minusDays(1))).isEqualByComparingTo("2");
        assertThat(parameters.valueOn(ParameterKey.LECTURES_PER_YEAR, from)).isEqualByComparingTo("3");
        mvc.perform(get("/rules").with(demo.as("lixia")))
                .andExpect(content().string(containsString("测试：2091年起每年3次")))
                .andExpect(content().string(containsString("待生效")));

        // the same date again is refused next to the field, the input kept
        mvc.perform(post("/rules/parameters/LECTURES_PER_YEAR").with(demo.as("admin")).with(csrf())
                        .param("value", "4").param("effectiveFrom", from.toString()).param("note", "重复的日期"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "effectiveFrom", "parameter.effective.taken"))
                .andExpect(content().string(containsString("重复的日期")));
        assertThat(parameters.valueOn(ParameterKey.LECTURES_PER_YEAR, from)).isEqualByComparingTo("3");
    }

    @Test
    void aValueCannotTakeEffectInThePast() throws Exception {
        mvc.perform(post("/rules/parameters/EDUCATION_TALK_DAYS").with(demo.as("admin")).with(csrf())
                        .param("value", "10").param("effectiveFrom", TODAY.minusDays(1).toString())
                        .param("note", "追溯修改"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "effectiveFrom", "parameter.effective.in-past"))
                .andExpect(content().string(containsString("生效日期不能早于今天")))
                .andExpect(content().string(containsString("追溯修改")));
        assertThat(parameters.valueOn(ParameterKey.EDUCATION_TALK_DAYS, TODAY)).isEqualByComparingTo("15");
    }

    @Test
    void thePreviewCountsTheMembersWhoseStandingWouldChangeAndSavesNothing() throws Exception {
        DataScope city = DataScope.of(demo.org("JN"));
        int year = TODAY.getYear();
        QuotaChangePreview before = quotas.preview(city, QuotaRule.TRAINING_HOURS, year, new BigDecimal("10.5"));
        Member member = records.newMember("JN010101");
        AuditActor.runAs("test", () -> study.log(DataScope.of(demo.org("JN010101")), UUID.randomUUID(),
                member.getId(), LocalDate.of(year, 3, 1), new BigDecimal("11"), StudyKind.values()[0], "专题学习"));
        QuotaChangePreview after = quotas.preview(city, QuotaRule.TRAINING_HOURS, year, new BigDecimal("10.5"));
        assertThat(after.wouldNewlyMeet()).isEqualTo(before.wouldNewlyMeet() + 1);
        assertThat(after.membersCounted()).isEqualTo(before.membersCounted() + 1);
        assertThat(quotas.preview(city, QuotaRule.TRAINING_HOURS, year, new BigDecimal("11.5")).wouldNewlyMeet())
                .isLessThan(after.wouldNewlyMeet());

        mvc.perform(post("/rules/parameters/TRAINING_HOURS_PER_YEAR").with(demo.as("admin")).with(csrf())
                        .param("preview", "1").param("value", "10.5")
                        .param("effectiveFrom", LocalDate.of(year, 12, 31).toString()).param("note", "预览"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("将达标的 " + after.wouldNewlyMeet() + " 人")));
        assertThat(parameters.valueOn(ParameterKey.TRAINING_HOURS_PER_YEAR, LocalDate.of(year, 12, 31)))
                .isEqualByComparingTo("32");
    }

    @Test
    void aDateParameterTakesOnlyARealDay() throws Exception {
        mvc.perform(post("/rules/parameters/OLD_MEMBER_SUBSIDY_RURAL_BEFORE").with(demo.as("admin")).with(csrf())
                        .param("value", "19490231").param("effectiveFrom", "2092-01-01").param("note", "不存在的日期"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("form", "value", "parameter.value.not-a-date"))
                .andExpect(content().string(containsString("不存在的日期")));
    }
}
