package cn.jinan.care.reports.yearly;

import cn.jinan.care.domain.organization.OrgLevel;
import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.domain.shared.FundingSource;
import cn.jinan.care.domain.visit.VisitKind;
import cn.jinan.care.persistence.compliance.Measures;
import cn.jinan.care.persistence.compliance.OrgFigures;
import cn.jinan.care.persistence.compliance.RuleFigure;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A yearly report made up in memory for the writers' tests, with Chinese words and some hostile text. */
public final class SampleReport {

    public static final String ORG_NAME = "中共济南市历下区委员会";
    public static final String RULE_R03 = "R03 集中学习培训学时（第3条）";
    public static final String RULE_R08 = "R08 “三必谈”（第8条）";
    /** Names a spreadsheet would run as formulas. */
    public static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+2", "-3", "@SUM(A1)",
            "\tTAB", "\rCR");

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("report.title", "{0}{1,number,#}年度党内激励关怀报表"),
            Map.entry("report.subtitle", "统计范围：{0}（{1}）　统计截至：{2}　生成日期：{3}"),
            Map.entry("report.part.summary", "一、各项规则完成情况"),
            Map.entry("report.part.children", "二、下级组织完成情况"),
            Map.entry("report.part.registers", "三、登记簿年度数据"),
            Map.entry("report.part.spending", "四、经费支出（按经费来源）"),
            Map.entry("report.part.members", "五、党员明细"),
            Map.entry("report.sheet.summary", "完成情况"), Map.entry("report.sheet.children", "下级组织"),
            Map.entry("report.sheet.registers", "登记簿"), Map.entry("report.sheet.spending", "经费支出"),
            Map.entry("report.sheet.members", "党员明细"),
            Map.entry("report.members.elsewhere", "全市党员明细行数较多，未列入PDF；请下载同一报表的Excel或CSV文件查看。"),
            Map.entry("report.pdf.header", "{0} · {1,number,#}年度党内激励关怀报表"),
            Map.entry("report.pdf.page", "第 {0,number,#} 页 / 共"), Map.entry("report.pdf.pages", "页"),
            Map.entry("report.register.visits", "走访慰问：{0}（次）"), Map.entry("report.total", "合计"),
            Map.entry("report.col.name", "姓名"), Map.entry("report.col.rule", "规则"),
            Map.entry("report.col.rate", "完成率（%）"), Map.entry("report.col.open", "{0} 未办结"),
            Map.entry("report.col.rule-overdue", "{0} 逾期"), Map.entry("report.chart.caption", "各项规则完成率"),
            Map.entry("rule.R03-TRAINING-HOURS", RULE_R03), Map.entry("rule.R04-LECTURES", "R04 领导干部讲党课（第4条）"),
            Map.entry("rule.R08-SUPERIOR-TALKS", "R08 上级党组织负责同志谈心谈话（第8条）"),
            Map.entry("rule.R08-TALK-ON-EVENT", RULE_R08),
            Map.entry("rule.R29-CONDOLENCE", "R29 吊唁慰问（第29条）"),
            Map.entry("enum.VisitKind.HOLIDAY", "节日走访慰问"), Map.entry("enum.FundingSource.BUDGET", "财政预算"),
            Map.entry("enum.FundingSource.PARTY_FEES", "留存党费"));

    private SampleReport() {
    }

    /** Chinese words for the keys the tests look at; any other key stands for itself. */
    public static ReportText text() {
        return new ReportText() {
            @Override
            public String text(String key, Object... args) {
                String pattern = WORDS.get(key);
                if (pattern == null) {
                    return args.length == 0 ? key : key + " " + List.of(args);
                }
                return new MessageFormat(pattern, Locale.SIMPLIFIED_CHINESE).format(args);
            }

            @Override
            public String date(LocalDate day) {
                return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
            }
        };
    }

    public static final List<RuleCode> RULES = List.of(RuleCode.R03_TRAINING_HOURS, RuleCode.R04_LECTURES,
            RuleCode.R08_SUPERIOR_TALKS, RuleCode.R08_TALK_ON_EVENT, RuleCode.R29_CONDOLENCE);
    public static final List<RuleCode> OBLIGATIONS = List.of(RuleCode.R08_TALK_ON_EVENT, RuleCode.R29_CONDOLENCE);

    public static YearlyReport of(OrgLevel level) {
        Map<RuleCode, RuleFigure> figures = new EnumMap<>(RuleCode.class);
        figures.put(RuleCode.R03_TRAINING_HOURS, new RuleFigure(RuleCode.R03_TRAINING_HOURS,
                new Measures(120, 5, 115, 98, new BigDecimal("3920.5"), 0, 0, 0, 0, 0, 0)));
        figures.put(RuleCode.R04_LECTURES, new RuleFigure(RuleCode.R04_LECTURES,
                new Measures(12, 0, 12, 9, new BigDecimal("14"), 0, 0, 0, 0, 0, 0)));
        figures.put(RuleCode.R08_TALK_ON_EVENT, new RuleFigure(RuleCode.R08_TALK_ON_EVENT,
                new Measures(0, 0, 0, 0, BigDecimal.ZERO, 40, 31, 4, 2, 7, 3)));
        OrgFigures total = new OrgFigures(1, "JN01", ORG_NAME, "/1/2/", figures);
        List<OrgFigures> children = List.of(
                new OrgFigures(3, "JN0101", "中共济南市历下区解放路街道工作委员会", "/1/2/3/", figures),
                new OrgFigures(4, "JN0102", HOSTILE.get(0), "/1/2/4/", Map.of()));
        YearlyReport.Header header = new YearlyReport.Header("JN01", ORG_NAME, level, 2026,
                LocalDate.of(2026, 11, 27), LocalDate.of(2026, 11, 27));
        List<RegisterLine> registers = List.of(
                new RegisterLine("report.register.visits", VisitKind.HOLIDAY, 42, new BigDecimal("21000.00")),
                new RegisterLine("report.register.medals", null, 7, null));
        List<SpendingLine> spending = List.of(
                new SpendingLine(FundingSource.BUDGET, Map.of(SpendingItem.VISIT_MONEY, new BigDecimal("18000.00"),
                        SpendingItem.HARDSHIP_AID, new BigDecimal("5000.50"))),
                new SpendingLine(FundingSource.PARTY_FEES, Map.of(SpendingItem.VISIT_GOODS, new BigDecimal("3000"))));
        return new YearlyReport(header, RULES.stream().map(total::rule).toList(), total, children, registers,
                spending, RULES, OBLIGATIONS);
    }

    /** {@code count} members; the first ones carry hostile names and a comma and quote. */
    public static MemberSource members(int count) {
        return sink -> {
            for (int i = 0; i < count; i++) {
                String name = i < HOSTILE.size() ? HOSTILE.get(i) : i == HOSTILE.size() ? "王\"小\",明" : "党员" + i;
                sink.accept(new MemberRow("JN010101", "中共济南市历下区解放路街道第一社区支部委员会", name,
                        "370102********123" + (i % 10), i % 5 == 0 ? null : 10 + i % 40,
                        new BigDecimal(i % 48).add(new BigDecimal("0.5")), i % 3, i % 2,
                        List.of((long) (i % 3), 0L), List.of((long) (i % 2), 0L)));
            }
        };
    }
}
