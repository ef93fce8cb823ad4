package cn.jinan.care.web.yearend;

import cn.jinan.care.domain.campaign.VisitCampaign;
import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.persistence.compliance.ComplianceService;
import cn.jinan.care.persistence.compliance.MemberFigure;
import cn.jinan.care.persistence.honor.MedalCandidate;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.yearend.OverdueFollowUp;
import cn.jinan.care.persistence.yearend.OverdueTalk;
import cn.jinan.care.persistence.yearend.UnvisitedHardship;
import cn.jinan.care.persistence.yearend.YearEndService;
import cn.jinan.care.web.shared.Fmt;
import cn.jinan.care.web.shared.OrgFilter;
import cn.jinan.care.web.shared.XlsxExport;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The lists that matter at year end (issue 6), for a year (this year by default) and an organization's subtree chosen
 * within the user's scope: an index with their lengths, and each list paged and exported with the same filters. A
 * branch secretary sees the branch, an organization-department officer the subtree.
 */
@Controller
@RequestMapping("/year-end")
@RequiredArgsConstructor
class YearEndController {

    static final int PAGE_SIZE = 30;

    private final YearEndService yearEnd;
    private final ComplianceService compliance;
    private final OrgFilter orgFilter;
    private final XlsxExport xlsx;
    private final MessageSource messages;
    private final Fmt fmt;
    private final Clock clock;

    @GetMapping
    String index(DataScope userScope, @RequestParam(required = false) Integer year,
            @RequestParam(name = "org", required = false) Long org, Model model) {
        DataScope scope = filter(userScope, org, year, model);
        model.addAttribute("counts", yearEnd.counts(scope, year(year)));
        return "yearend/index";
    }

    // ---- 1, 2: below the yearly quotas

    @GetMapping("/study-hours")
    String studyHours(DataScope userScope, @RequestParam(required = false) Integer year,
            @RequestParam(name = "org", required = false) Long org, @RequestParam(defaultValue = "0") int page,
            Model model) {
        DataScope scope = filter(userScope, org, year, model);
        int y = year(year);
        model.addAttribute("page", yearEnd.belowStudyHours(scope, y, pageable(page)));
        return quotaPage(scope, y, RuleCode.R03_TRAINING_HOURS, "study-hours", model);
    }

    @GetMapping("/study-hours/export")
    void exportStudyHours(DataScope userScope, @RequestParam(required = false) Integer year,
            @RequestParam(name = "org", required = false) Long org, HttpServletResponse response) {
        DataScope scope = exportScope(userScope, org);
        int y = year(year);
        xlsx.sendTitled(response, message("yearend.study-hours.sheet", y), quotaTable("yearend.hours", true),
                pageable -> yearEnd.belowStudyHours(scope, y, pageable));
    }

    @GetMapping("/lectures")
    String lectures(DataScope userScope, @RequestParam(required = false) Integer year,
            @RequestParam(name = "org", required = false) Long org, @RequestParam(defaultValue = "0") int page,
            Model model) {
        DataScope scope = filter(userScope, org, year, model);
        int y = year(year);
        model.addAttribute("page", yearEnd.withoutLectures(scope, y, pageable(page)));
        return quotaPage(scope, y, RuleCode.R04_LECTURES, "lectures", model);
    }

    @GetMapping("/lectures/export")
    void exportLectures(DataScope userScope, @RequestParam(required = false) Integer year,
            @RequestParam(name = "org", required = false) Long org, HttpServletResponse response) {
        DataScope scope = exportScope(userScope, org);
        int y = year(year);
        xlsx.sendTitled(response, message("yearend.lectures.sheet", y), quotaTable("yearend.lectures-count", false),
                pageable -> yearEnd.withoutLectures(scope, y, pageable));
    }

    // ---- 3: overdue 三必谈 talks

    @GetMapping("/talks")
    String talks(DataScope userScope, @RequestParam(required = false) Integer year,
            @RequestParam(name = "org", required = false) Long org, @RequestParam(defaultValue = "0") int page,
            Model model) {
        DataScope scope = filter(userScope, org, year, model);
        model.addAttribute("page", yearEnd.overdueTalks(scope, year(year), pageable(page)));
        return "yearend/talks";
    }

    @GetMapping("/talks/export")
    void exportTalks(DataScope userScope, @RequestParam(required = false) Integer year,
            @RequestParam(name = "org", required = false) Long org, HttpServletResponse response) {
        DataScope scope = exportScope(userScope, org);
        int y = year(year);
        XlsxExport.Table<OverdueTalk> table = xlsx.<OverdueTalk>table()
                .text("field.organization", 24, OverdueTalk::organizationName)
                .text("field.member", 10, OverdueTalk::memberName)
                .text("yearend.event", 16, t -> fmt.label(t.eventKind()))
                .date("yearend.event-date", OverdueTalk::eventDate)
                .text("yearend.talk-required", 14, t -> fmt.label(t.action()))
                .date("yearend.due-date", OverdueTalk::dueDate)
                .integer("yearend.days-overdue", OverdueTalk::daysOverdue);
        xlsx.sendTitled(response, message("yearend.talks.sheet", y), table,
                pageable -> yearEnd.overdueTalks(scope, y, pageable));
    }

    // ---- 4: hardship members not visited in the campaign

    @GetMapping("/hardship-visits")
    String hardshipVisits(DataScope userScope, @RequestParam(required = false) Integer year,
            @RequestParam(name = "org", required = false) Long org,
            @RequestParam(name = "campaign", required = false) Long campaignId,
            @RequestParam(defaultValue = "0") int page, Model model) {
        DataScope scope = filter(userScope, org, year, model);
        List<VisitCampaign> offered = yearEnd.hardshipCampaigns(scope, year(year));
        Optional<VisitCampaign> campaign = YearEndService.choose(offered, campaignId);
        model.addAttribute("campaigns", offered);
        model.addAttribute("campaign", campaign.orElse(null));
        model.addAttribute("org", org);
        campaign.ifPresent(c -> model.addAttribute("page", yearEnd.unvisitedHardship(scope, c, pageable(page))));
        return "yearend/hardship";
    }

    /** The list as on screen, as Excel; every exported row's read is logged. No campaign: a header alone. */
    @GetMapping("/hardship-visits/export")
    void exportHardshipVisits(DataScope userScope, @RequestParam(required = false) Integer year,
            @RequestParam(name = "org", required = false) Long org,
            @RequestParam(name = "campaign", required = false) Long campaignId, HttpServletResponse response) {
        DataScope scope = exportScope(userScope, org);
        int y = year(year);
        Optional<VisitCampaign> campaign = YearEndService.choose(yearEnd.hardshipCampaigns(scope, y), campaignId);
        XlsxExport.Table<UnvisitedHardship> table = xlsx.<UnvisitedHardship>table()
                .text("field.organization", 24, UnvisitedHardship::organizationName)
                .text("field.member", 10, UnvisitedHardship::memberName)
                .date("yearend.hardship-since", UnvisitedHardship::since)
                .text("yearend.visit-state", 16, h -> message(h.onList() ? "yearend.hardship.open"
                        : "yearend.hardship.off-list"))
                .date("yearend.due-date", UnvisitedHardship::dueDate);
        String title = campaign.map(c -> message("yearend.hardship.sheet-of", c.getName()))
                .orElse(message("yearend.hardship.sheet", y));
        if (campaign.isEmpty()) {
            xlsx.sendRows(response, title, table, List.of());
            return;
        }
        xlsx.sendTitled(response, title, table, pageable -> yearEnd.unvisitedHardship(scope, campaign.get(),
                pageable));
    }

    // ---- 5: casualty families overdue for follow-up

    @GetMapping("/casualty-follow-ups")
    String casualtyFollowUps(DataScope userScope, @RequestParam(required = false) Integer year,
            @RequestParam(name = "org", required = false) Long org, @RequestParam(defaultValue = "0") int page,
            Model model) {
        DataScope scope = filter(userScope, org, year, model);
        model.addAttribute("page", yearEnd.overdueFollowUps(scope, year(year), pageable(page)));
        return "yearend/casualty";
    }

    /** The list as on screen, as Excel: who, the family's names, not their situation; each row's read is logged. */
    @GetMapping("/casualty-follow-ups/export")
    void exportCasualtyFollowUps(DataScope userScope, @RequestParam(required = false) Integer year,
            @RequestParam(name = "org", required = false) Long org, HttpServletResponse response) {
        DataScope scope = exportScope(userScope, org);
        int y = year(year);
        XlsxExport.Table<OverdueFollowUp> table = xlsx.<OverdueFollowUp>table()
                .text("field.organization", 24, OverdueFollowUp::organizationName)
                .text("yearend.casualty-member", 10, OverdueFollowUp::memberName)
                .date("yearend.died-on", OverdueFollowUp::diedOn)
                .text("yearend.family", 30, this::family)
                .text("field.casualtyResponsiblePerson", 16, OverdueFollowUp::responsiblePerson)
                .text("yearend.responsible-phone", 14, OverdueFollowUp::responsiblePhone)
                .date("yearend.last-follow-up", OverdueFollowUp::lastFollowUp)
                .date("yearend.due-date", OverdueFollowUp::dueDate)
                .integer("yearend.days-overdue", OverdueFollowUp::daysOverdue);
        xlsx.sendTitled(response, message("yearend.casualty.sheet", y), table,
                pageable -> yearEnd.overdueFollowUps(scope, y, pageable));
    }

    // ---- 6: 50-year medal candidates not awarded

    @GetMapping("/medals")
    String medals(DataScope userScope, @RequestParam(required = false) Integer year,
            @RequestParam(name = "org", required = false) Long org, @RequestParam(defaultValue = "0") int page,
            Model model) {
        DataScope scope = filter(userScope, org, year, model);
        int y = year(year);
        model.addAttribute("rule", yearEnd.medalRule(y));
        model.addAttribute("countDate", yearEnd.medalRule(y).countDate(y));
        model.addAttribute("page", yearEnd.medalCandidates(scope, y, pageable(page)));
        return "yearend/medals";
    }

    @GetMapping("/medals/export")
    void exportMedals(DataScope userScope, @RequestParam(required = false) Integer year,
            @RequestParam(name = "org", required = false) Long org, HttpServletResponse response) {
        DataScope scope = exportScope(userScope, org);
        int y = year(year);
        XlsxExport.Table<MedalCandidate> table = xlsx.<MedalCandidate>table()
                .text("field.organization", 24, MedalCandidate::organizationName)
                .text("field.member", 10, MedalCandidate::name)
                .date("field.admittedDate", MedalCandidate::admittedDate)
                .date("field.fullMemberDate", MedalCandidate::fullMemberDate)
                .integer("medal.party-age-on-count-day", MedalCandidate::partyAge);
        xlsx.sendTitled(response, message("yearend.medals.sheet", y), table,
                pageable -> yearEnd.medalCandidates(scope, y, pageable));
    }

    /** A family as one line: 配偶 张丽、子女 周子轩. */
    String family(OverdueFollowUp row) {
        return row.family().stream().map(f -> fmt.label(f.relation()) + " " + f.name())
                .collect(Collectors.joining("、"));
    }

    private String quotaPage(DataScope scope, int year, RuleCode rule, String list, Model model) {
        model.addAttribute("list", list);
        model.addAttribute("summarized", compliance.built(year));
        model.addAttribute("needed", compliance.needed(rule, year).stripTrailingZeros().toPlainString());
        model.addAttribute("exempt", compliance.figures(scope, scope.organizationId(), year).rule(rule).measures()
                .exempt());
        return "yearend/quota";
    }

    /** Hours are counted in half hours (decimals), lectures one by one (integers). */
    private XlsxExport.Table<MemberFigure> quotaTable(String doneKey, boolean hours) {
        XlsxExport.Table<MemberFigure> table = xlsx.<MemberFigure>table()
                .text("field.organization", 24, MemberFigure::organizationName)
                .text("field.member", 10, MemberFigure::name);
        if (hours) {
            return table.decimal(doneKey, f -> f.measures().done())
                    .decimal("yearend.needed", MemberFigure::needed)
                    .decimal("yearend.missing", MemberFigure::missing);
        }
        return table.integer(doneKey, f -> f.measures().done().intValue())
                .integer("yearend.needed", f -> f.needed().intValue())
                .integer("yearend.missing", f -> f.missing().intValue());
    }

    /**
     * The list's scope (the user's, or a chosen organization's subtree inside it: outside is a 404), the picker, the
     * year; and the summaries brought up to today, so overdue counts are today's.
     */
    private DataScope filter(DataScope userScope, Long org, Integer year, Model model) {
        DataScope scope = orgFilter.narrow(userScope, org, model);
        LocalDate today = today();
        compliance.ensureCurrent(today);
        model.addAttribute("year", year(year));
        model.addAttribute("today", today);
        return scope;
    }

    private DataScope exportScope(DataScope userScope, Long org) {
        DataScope scope = orgFilter.narrow(userScope, org);
        compliance.ensureCurrent(today());
        return scope;
    }

    private int year(Integer year) {
        return year == null ? today().getYear() : year;
    }

    private static Pageable pageable(int page) {
        return PageRequest.of(Math.max(page, 0), PAGE_SIZE);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
