package cn.jinan.care.web.yearend;

import cn.jinan.care.domain.campaign.VisitCampaign;
import cn.jinan.care.domain.honor.MedalRule;
import cn.jinan.care.domain.policy.RuleCode;
import cn.jinan.care.persistence.compliance.ComplianceService;
import cn.jinan.care.persistence.compliance.MemberFigure;
import cn.jinan.care.persistence.honor.MedalCandidate;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
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
    private static final int FIRST_YEAR = 1949;
    private static final int LAST_YEAR = 9999;

    private final YearEndService yearEnd;
    private final ComplianceService compliance;
    private final OrgFilter orgFilter;
    private final XlsxExport xlsx;
    private final MessageSource messages;
    private final Fmt fmt;
    private final Clock clock;

    @GetMapping
    String index(DataScope userScope, YearEndQuery query, Model model) {
        Listing l = listing(userScope, query, model);
        model.addAttribute("counts", yearEnd.counts(l.scope(), l.year()));
        return "yearend/index";
    }

    // ---- 1, 2: below the yearly quotas

    @GetMapping("/study-hours")
    String studyHours(DataScope userScope, YearEndQuery query, Model model) {
        Listing l = listing(userScope, query, model);
        model.addAttribute("page", yearEnd.belowStudyHours(l.scope(), l.year(), l.pageable()));
        return quotaPage(l, RuleCode.R03_TRAINING_HOURS, "study-hours", model);
    }

    @GetMapping("/study-hours/export")
    void exportStudyHours(DataScope userScope, YearEndQuery query, HttpServletResponse response) {
        Listing l = listing(userScope, query, null);
        xlsx.sendTitled(response, message("yearend.study-hours.sheet", l.year()), quotaTable("yearend.hours", true),
                pageable -> yearEnd.belowStudyHours(l.scope(), l.year(), pageable));
    }

    @GetMapping("/lectures")
    String lectures(DataScope userScope, YearEndQuery query, Model model) {
        Listing l = listing(userScope, query, model);
        model.addAttribute("page", yearEnd.withoutLectures(l.scope(), l.year(), l.pageable()));
        return quotaPage(l, RuleCode.R04_LECTURES, "lectures", model);
    }

    @GetMapping("/lectures/export")
    void exportLectures(DataScope userScope, YearEndQuery query, HttpServletResponse response) {
        Listing l = listing(userScope, query, null);
        xlsx.sendTitled(response, message("yearend.lectures.sheet", l.year()),
                quotaTable("yearend.lectures-count", false),
                pageable -> yearEnd.withoutLectures(l.scope(), l.year(), pageable));
    }

    // ---- 3: overdue 三必谈 talks

    @GetMapping("/talks")
    String talks(DataScope userScope, YearEndQuery query, Model model) {
        Listing l = listing(userScope, query, model);
        model.addAttribute("page", yearEnd.overdueTalks(l.scope(), l.year(), l.pageable()));
        return "yearend/talks";
    }

    @GetMapping("/talks/export")
    void exportTalks(DataScope userScope, YearEndQuery query, HttpServletResponse response) {
        Listing l = listing(userScope, query, null);
        XlsxExport.Table<OverdueTalk> table = xlsx.<OverdueTalk>table()
                .text("field.organization", 24, OverdueTalk::organizationName)
                .text("field.member", 10, OverdueTalk::memberName)
                .text("yearend.event", 16, t -> fmt.label(t.eventKind()))
                .date("yearend.event-date", OverdueTalk::eventDate)
                .text("yearend.talk-required", 14, t -> fmt.label(t.action()))
                .date("yearend.due-date", OverdueTalk::dueDate)
                .integer("yearend.days-overdue", OverdueTalk::daysOverdue);
        xlsx.sendTitled(response, message("yearend.talks.sheet", l.year()), table,
                pageable -> yearEnd.overdueTalks(l.scope(), l.year(), pageable));
    }

    // ---- 4: hardship members not visited in the campaign

    @GetMapping("/hardship-visits")
    String hardshipVisits(DataScope userScope, YearEndQuery query, Model model) {
        Listing l = listing(userScope, query, model);
        List<VisitCampaign> offered = yearEnd.hardshipCampaigns(l.scope(), l.year());
        Optional<VisitCampaign> campaign = YearEndService.choose(offered, query.campaign());
        model.addAttribute("campaigns", offered);
        model.addAttribute("campaign", campaign.orElse(null));
        model.addAttribute("org", query.org());
        campaign.ifPresent(c -> model.addAttribute("page", yearEnd.unvisitedHardship(l.scope(), c, l.pageable())));
        return "yearend/hardship";
    }

    /** The list as on screen, as Excel; every exported row's read is logged. No campaign: a header alone. */
    @GetMapping("/hardship-visits/export")
    void exportHardshipVisits(DataScope userScope, YearEndQuery query, HttpServletResponse response) {
        Listing l = listing(userScope, query, null);
        Optional<VisitCampaign> campaign = YearEndService.choose(yearEnd.hardshipCampaigns(l.scope(), l.year()),
                query.campaign());
        XlsxExport.Table<UnvisitedHardship> table = xlsx.<UnvisitedHardship>table()
                .text("field.organization", 24, UnvisitedHardship::organizationName)
                .text("field.member", 10, UnvisitedHardship::memberName)
                .date("yearend.hardship-since", UnvisitedHardship::since)
                .text("yearend.visit-state", 16, h -> message(h.onList() ? "yearend.hardship.open"
                        : "yearend.hardship.off-list"))
                .date("yearend.due-date", UnvisitedHardship::dueDate);
        if (campaign.isEmpty()) {
            xlsx.sendRows(response, message("yearend.hardship.sheet", l.year()), table, List.of());
            return;
        }
        xlsx.sendTitled(response, message("yearend.hardship.sheet-of", campaign.get().getName()), table,
                pageable -> yearEnd.unvisitedHardship(l.scope(), campaign.get(), pageable));
    }

    // ---- 5: casualty families overdue for follow-up

    @GetMapping("/casualty-follow-ups")
    String casualtyFollowUps(DataScope userScope, YearEndQuery query, Model model) {
        Listing l = listing(userScope, query, model);
        model.addAttribute("page", yearEnd.overdueFollowUps(l.scope(), l.year(), l.pageable()));
        return "yearend/casualty";
    }

    /** The list as on screen, as Excel: who, the family's names, not their situation; each row's read is logged. */
    @GetMapping("/casualty-follow-ups/export")
    void exportCasualtyFollowUps(DataScope userScope, YearEndQuery query, HttpServletResponse response) {
        Listing l = listing(userScope, query, null);
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
        xlsx.sendTitled(response, message("yearend.casualty.sheet", l.year()), table,
                pageable -> yearEnd.overdueFollowUps(l.scope(), l.year(), pageable));
    }

    // ---- 6: 50-year medal candidates not awarded

    @GetMapping("/medals")
    String medals(DataScope userScope, YearEndQuery query, Model model) {
        Listing l = listing(userScope, query, model);
        MedalRule rule = yearEnd.medalRule(l.year());
        model.addAttribute("rule", rule);
        model.addAttribute("countDate", rule.countDate(l.year()));
        model.addAttribute("page", yearEnd.medalCandidates(l.scope(), l.year(), l.pageable()));
        return "yearend/medals";
    }

    @GetMapping("/medals/export")
    void exportMedals(DataScope userScope, YearEndQuery query, HttpServletResponse response) {
        Listing l = listing(userScope, query, null);
        XlsxExport.Table<MedalCandidate> table = xlsx.<MedalCandidate>table()
                .text("field.organization", 24, MedalCandidate::organizationName)
                .text("field.member", 10, MedalCandidate::name)
                .date("field.admittedDate", MedalCandidate::admittedDate)
                .date("field.fullMemberDate", MedalCandidate::fullMemberDate)
                .integer("medal.party-age-on-count-day", MedalCandidate::partyAge);
        xlsx.sendTitled(response, message("yearend.medals.sheet", l.year()), table,
                pageable -> yearEnd.medalCandidates(l.scope(), l.year(), pageable));
    }

    /** A family as one line: 配偶 张丽、子女 周子轩. */
    String family(OverdueFollowUp row) {
        return row.family().stream().map(f -> fmt.label(f.relation()) + " " + f.name())
                .collect(Collectors.joining("、"));
    }

    private String quotaPage(Listing l, RuleCode rule, String list, Model model) {
        model.addAttribute("list", list);
        model.addAttribute("summarized", compliance.built(l.year()));
        model.addAttribute("needed", compliance.needed(rule, l.year()).stripTrailingZeros().toPlainString());
        model.addAttribute("exempt", compliance.figures(l.scope(), l.scope().organizationId(), l.year()).rule(rule)
                .measures().exempt());
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
     * What a list is for: the scope (the user's, or a chosen organization's subtree inside it: outside is a 404), the
     * year and the page; on a page ({@code model} given) also the organization picker, the year and today. The
     * summaries are brought up to today first, so overdue figures are today's.
     */
    private Listing listing(DataScope userScope, YearEndQuery query, Model model) {
        DataScope scope = model == null ? orgFilter.narrow(userScope, query.org())
                : orgFilter.narrow(userScope, query.org(), model);
        LocalDate today = today();
        Integer year = query.year();
        if (year != null && (year < FIRST_YEAR || year > LAST_YEAR)) {
            // a year no record can be in: a page that does not exist
            throw new NotFoundException("year", year);
        }
        compliance.ensureCurrent(today);
        Listing listing = new Listing(scope, year == null ? today.getYear() : year,
                PageRequest.of(query.page() == null ? 0 : Math.max(query.page(), 0), PAGE_SIZE));
        if (model != null) {
            model.addAttribute("year", listing.year());
            model.addAttribute("today", today);
        }
        return listing;
    }

    /** A list's scope, year and page, worked out from the query. */
    private record Listing(DataScope scope, int year, Pageable pageable) {
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
