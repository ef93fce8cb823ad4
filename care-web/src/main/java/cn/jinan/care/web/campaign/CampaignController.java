package cn.jinan.care.web.campaign;

import cn.jinan.care.domain.campaign.TargetGroup;
import cn.jinan.care.domain.campaign.VisitCampaign;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.domain.shared.FundingSource;
import cn.jinan.care.persistence.audit.HistoryService;
import cn.jinan.care.persistence.campaign.CampaignService;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.web.shared.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Visit campaigns (走访慰问活动, 第27条). */
@Controller
@RequestMapping("/campaigns")
@RequiredArgsConstructor
class CampaignController {

    private static final int PAGE_SIZE = 30;

    private final CampaignService campaigns;
    private final MemberService members;
    private final HistoryService history;
    private final Clock clock;
    private final cn.jinan.care.web.shared.XlsxExport xlsx;
    private final org.springframework.context.MessageSource messages;

    /** The campaigns run in or covering the scope, optionally of one year. */
    @GetMapping
    String list(DataScope scope, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("page", campaigns.inScope(scope, year, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "campaign/list";
    }

    @GetMapping("/new")
    String newCampaign(DataScope scope, Model model) {
        CampaignForm form = new CampaignForm();
        form.setWindowStart(today());
        form.setWindowEnd(today().plusDays(30));
        form.setStandardAmount(java.math.BigDecimal.ZERO);
        return form(scope, form, null, model);
    }

    @PostMapping
    String create(DataScope scope, @Valid @ModelAttribute("form") CampaignForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = campaigns.plan(scope, form.getToken(), form.details());
                redirect.addFlashAttribute("flash", "campaign.planned");
                return "redirect:/campaigns/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return form(scope, form, null, model);
    }

    /** The campaign's coverage per organization of the viewer's part of the tree, as Excel (the page's table). */
    @GetMapping("/{id}/export")
    void export(@PathVariable long id, DataScope scope, jakarta.servlet.http.HttpServletResponse response) {
        VisitCampaign campaign = campaigns.get(scope, id);
        cn.jinan.care.persistence.campaign.Coverage coverage = campaigns.coverage(scope, campaign);
        java.util.List<cn.jinan.care.persistence.campaign.CoverageRow> rows = new java.util.ArrayList<>(coverage.rows());
        if (coverage.total() != null && !rows.isEmpty()) {
            var total = coverage.total();
            rows.add(new cn.jinan.care.persistence.campaign.CoverageRow(total.organizationId(),
                    messages.getMessage("campaign.coverage.total", new Object[] {total.organizationName()},
                            org.springframework.context.i18n.LocaleContextHolder.getLocale()),
                    total.targets(), total.visited(), total.notVisited(), total.money()));
        }
        var table = xlsx.<cn.jinan.care.persistence.campaign.CoverageRow>table()
                .text("field.organization", 28, r -> r.organizationName())
                .integer("campaign.coverage.targets", r -> r.targets())
                .integer("campaign.coverage.visited", r -> r.visited())
                .integer("campaign.coverage.not-visited", r -> r.notVisited())
                .decimal("campaign.coverage.rate", r -> r.rate())
                .money("campaign.coverage.money", r -> r.money());
        String title = campaign.getName() + " " + messages.getMessage("campaign.coverage", null,
                org.springframework.context.i18n.LocaleContextHolder.getLocale());
        xlsx.sendRows(response, title, table, rows);
    }

    /** The campaign with the coverage in the viewer's part of the tree and who is not visited yet. */
    @GetMapping("/{id}")
    String show(@PathVariable long id, DataScope scope, @RequestParam(defaultValue = "0") int page, Model model) {
        VisitCampaign campaign = campaigns.get(scope, id);
        model.addAttribute("campaign", campaign);
        model.addAttribute("manages", campaigns.manages(scope, campaign));
        model.addAttribute("coverage", campaigns.coverage(scope, campaign));
        model.addAttribute("page", campaigns.notVisited(scope, campaign,
                PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        model.addAttribute("today", today());
        return "campaign/show";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, DataScope scope, Model model) {
        VisitCampaign campaign = campaigns.getManaged(scope, id);
        return form(scope, CampaignForm.of(campaign), campaign, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, DataScope scope, @Valid @ModelAttribute("form") CampaignForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        VisitCampaign campaign = campaigns.getManaged(scope, id);
        if (!result.hasErrors()) {
            try {
                campaigns.change(scope, id, form.getVersion(), form.details());
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:/campaigns/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            } catch (ObjectOptimisticLockingFailureException e) {
                result.reject("common.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        return form(scope, form, campaign, model);
    }

    /** Opens the campaign: the visits become due. */
    @PostMapping("/{id}/open")
    String open(@PathVariable long id, DataScope scope, @RequestParam long version, RedirectAttributes redirect) {
        try {
            int due = campaigns.open(scope, id, version);
            redirect.addFlashAttribute("flash", "campaign.opened");
            redirect.addFlashAttribute("madeDue", due);
        } catch (DomainException e) {
            redirect.addFlashAttribute("refused", e.getMessageKey());
        }
        return "redirect:/campaigns/" + id;
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable long id, DataScope scope, @RequestParam long version, RedirectAttributes redirect) {
        try {
            campaigns.close(scope, id, version);
            redirect.addFlashAttribute("flash", "campaign.closed-now");
        } catch (DomainException e) {
            redirect.addFlashAttribute("refused", e.getMessageKey());
        }
        return "redirect:/campaigns/" + id;
    }

    @GetMapping("/{id}/history")
    String history(@PathVariable long id, DataScope scope, Model model) {
        model.addAttribute("campaign", campaigns.get(scope, id));
        model.addAttribute("changes", history.ofCampaign(id));
        return "campaign/history";
    }

    private String form(DataScope scope, CampaignForm form, VisitCampaign campaign, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("campaign", campaign);
        model.addAttribute("groups", TargetGroup.values());
        model.addAttribute("fundingSources", FundingSource.values());
        model.addAttribute("picker", members.picker(campaign == null ? scope : DataScope.of(campaign.getOrganization())));
        return "campaign/form";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
