package cn.jinan.care.web.dashboard;

import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.persistence.compliance.ComplianceService;
import cn.jinan.care.persistence.compliance.Drill;
import cn.jinan.care.persistence.compliance.MemberFigure;
import cn.jinan.care.persistence.compliance.OrgFigures;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.web.security.CareUser;
import cn.jinan.care.web.shared.Fmt;
import cn.jinan.care.web.shared.XlsxExport;
import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dashboard as Excel: the view on screen (each rule's figure with the overall total, and the child organizations
 * ranked), and the members behind a figure, every row streamed from the same paged query as the list.
 */
@Controller
@RequestMapping("/dashboard")
@RequiredArgsConstructor
class DashboardExportController {

    private final Dashboards dashboards;
    private final ComplianceService compliance;
    private final XlsxExport xlsx;
    private final MessageSource messages;
    private final Fmt fmt;

    @GetMapping("/export")
    void export(@AuthenticationPrincipal CareUser user, DataScope userScope,
            @RequestParam(required = false) Integer year, @RequestParam(name = "org", required = false) Long org,
            HttpServletResponse response) {
        Selection s = dashboards.select(user, userScope, year, org);
        OrgFigures figures = dashboards.figures(s);
        List<Line> lines = new ArrayList<>();
        s.perRule(figures).forEach(f -> lines.add(new Line(f.rule().code(), message("rule." + f.rule().code()),
                fmt.label(f.rule().kind()), f.required(), f.done(), f.rate(), f.behind())));
        lines.add(new Line("", message("dashboard.scorecard.total"), "", figures.required(), figures.done(),
                figures.rate(), figures.behind()));
        XlsxExport.Table<Line> rules = xlsx.<Line>table()
                .text("dashboard.export.code", 22, Line::code)
                .text("dashboard.export.name", 36, Line::name)
                .text("dashboard.export.kind", 10, Line::kind)
                .integer("dashboard.required", Line::required)
                .integer("dashboard.done", Line::done)
                .decimal("dashboard.export.rate", Line::rate)
                .integer("dashboard.behind", Line::behind);
        XlsxExport.Table<Dashboards.Ranked> ranking = xlsx.<Dashboards.Ranked>table()
                .integer("dashboard.place", Dashboards.Ranked::place)
                .text("field.organization", 28, r -> r.figures().name())
                .text("dashboard.export.organization-code", 14, r -> r.figures().code())
                .integer("dashboard.required", r -> r.figures().required())
                .integer("dashboard.done", r -> r.figures().done())
                .decimal("dashboard.export.rate", r -> r.figures().rate())
                .integer("dashboard.behind", r -> r.figures().behind());
        for (RuleCode rule : Dashboards.MAIN_RULES) {
            if (s.rules().contains(rule)) {
                ranking.decimalTitled(message("dashboard.export.rule-rate", message("dashboard.short." + rule.code())),
                        r -> r.figures().rule(rule).rate());
            }
        }
        xlsx.sendSheets(response, message("dashboard.export.title", s.organization().getName(), s.year()), List.of(
                new XlsxExport.Sheet<>(message("dashboard.export.rules"), rules, lines),
                new XlsxExport.Sheet<>(message("dashboard.export.children"), ranking, dashboards.children(s))));
    }

    /** The members behind one figure, every row (streamed page by page). */
    @GetMapping("/members/export")
    void exportMembers(@AuthenticationPrincipal CareUser user, DataScope userScope,
            @RequestParam(required = false) Integer year, @RequestParam(name = "org", required = false) Long org,
            @RequestParam String rule, @RequestParam(defaultValue = "BEHIND") Drill drill,
            HttpServletResponse response) {
        Selection s = dashboards.select(user, userScope, year, org);
        RuleCode code = Dashboards.rule(s, rule);
        XlsxExport.Table<MemberFigure> table = xlsx.<MemberFigure>table()
                .text("field.member", 10, MemberFigure::name)
                .text("field.organization", 28, MemberFigure::organizationName);
        if (Selection.isMemberQuota(code)) {
            table.decimal("dashboard.members.done", m -> m.measures().done())
                    .decimal("dashboard.members.needed", MemberFigure::needed)
                    .decimal("dashboard.members.missing", MemberFigure::missing)
                    .integer("dashboard.members.exempt", m -> m.measures().exempt());
        } else {
            table.integer("dashboard.members.owed", m -> m.measures().owed())
                    .integer("dashboard.members.fulfilled", m -> m.measures().fulfilled())
                    .integer("dashboard.members.fulfilled-late", m -> m.measures().fulfilledLate())
                    .integer("dashboard.members.open", m -> m.measures().open())
                    .integer("dashboard.members.overdue", m -> m.measures().overdue())
                    .integer("dashboard.members.waived", m -> m.measures().waived());
        }
        String title = message("dashboard.members.export-title", s.organization().getName(), s.year(),
                message("dashboard.short." + code.code()), message(Dashboards.drillKey(code, drill)));
        xlsx.sendTitled(response, title, table, pageable -> compliance.members(userScope, s.organizationId(),
                s.year(), code, drill, pageable));
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    /** One line of the rules sheet. */
    private record Line(String code, String name, String kind, long required, long done, java.math.BigDecimal rate,
            long behind) {
    }
}
