package cn.jinan.care.web.delegate;

import cn.jinan.care.domain.delegate.DelegateProposal;
import cn.jinan.care.domain.delegate.ProposalDecision;
import cn.jinan.care.domain.delegate.ProposalKind;
import cn.jinan.care.domain.delegate.ProposalStatus;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.persistence.audit.HistoryService;
import cn.jinan.care.persistence.delegate.DelegateService;
import cn.jinan.care.persistence.delegate.ProposalFilter;
import cn.jinan.care.persistence.delegate.ProposalStep;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import cn.jinan.care.web.shared.Fmt;
import cn.jinan.care.web.shared.Forms;
import cn.jinan.care.web.shared.OrgFilter;
import cn.jinan.care.web.shared.XlsxExport;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
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

/**
 * Delegates' proposals (提案) and motions (提议, 第7条). The organization department records them and their handling for
 * delegates in its subtree; a branch secretary reads those led by the branch's delegates.
 */
@Controller
@RequestMapping("/delegates/proposals")
@RequiredArgsConstructor
class ProposalController {

    private final DelegateService delegates;
    private final HistoryService history;
    private final OrgFilter orgFilter;
    private final XlsxExport xlsx;
    private final Fmt fmt;

    @GetMapping
    String list(DataScope userScope, @RequestParam(required = false) ProposalKind kind,
            @RequestParam(required = false) ProposalStatus status, @RequestParam(required = false) Integer year,
            @RequestParam(name = "org", required = false) Long org, @RequestParam(defaultValue = "0") int page,
            Model model) {
        DataScope scope = orgFilter.narrow(userScope, org, model);
        ProposalFilter filter = new ProposalFilter(kind, status, year);
        model.addAttribute("filter", filter);
        model.addAttribute("kinds", ProposalKind.values());
        model.addAttribute("statuses", ProposalStatus.values());
        model.addAttribute("page", delegates.proposals(scope, filter, PageRequest.of(Math.max(page, 0), 30)));
        return "proposal/list";
    }

    @GetMapping("/export")
    void export(DataScope userScope, @RequestParam(required = false) ProposalKind kind,
            @RequestParam(required = false) ProposalStatus status, @RequestParam(required = false) Integer year,
            @RequestParam(name = "org", required = false) Long org, HttpServletResponse response) {
        DataScope scope = orgFilter.narrow(userScope, org);
        ProposalFilter filter = new ProposalFilter(kind, status, year);
        XlsxExport.Table<DelegateProposal> table = xlsx.<DelegateProposal>table()
                .date("field.proposalSubmittedOn", DelegateProposal::getSubmittedOn)
                .text("field.proposalKind", 8, p -> fmt.label(p.getKind()))
                .text("field.proposalTitle", 30, DelegateProposal::getTitle)
                .text("field.proposalDelegate", 10, p -> p.getDelegate().getName())
                .text("field.organization", 24, p -> p.getDelegate().getOrganization().getName())
                .text("field.proposalCoSigners", 30, p -> p.coSignersByName().stream().map(Member::getName)
                        .collect(Collectors.joining("、")))
                .text("field.proposalCongress", 24, DelegateProposal::getCongress)
                .text("field.proposalAddressee", 16, DelegateProposal::getAddressee)
                .text("field.proposalStatus", 8, p -> fmt.label(p.getStatus()))
                .text("field.proposalDecisionNote", 20, DelegateProposal::getDecisionNote)
                .date("field.proposalReplyOn", DelegateProposal::getReplyOn)
                .text("field.proposalReplyText", 40, DelegateProposal::getReplyText);
        xlsx.send(response, "proposal.list", table, pageable -> delegates.proposals(scope, filter, pageable));
    }

    @GetMapping("/new")
    String newProposal(DataScope scope, @RequestParam(required = false) ProposalKind kind, Model model) {
        ProposalForm form = new ProposalForm();
        form.setKind(kind == null ? ProposalKind.PROPOSAL : kind);
        form.setSubmittedOn(delegates.today());
        return form(scope, form, null, model);
    }

    @PostMapping
    String create(DataScope scope, @Valid @ModelAttribute("form") ProposalForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (form.getDelegateId() == null) {
            result.rejectValue("delegateId", "NotNull");
        }
        if (!result.hasErrors()) {
            try {
                long id = delegates.submit(scope, form.getToken(), form.getDelegateId(), form.getCoSignerIds(),
                        form.details());
                redirect.addFlashAttribute("flash", "proposal.recorded");
                return "redirect:/delegates/proposals/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return form(scope, form, null, model);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, DataScope scope, Model model) {
        model.addAttribute("proposal", delegates.proposal(scope, id));
        model.addAttribute("coSigners", delegates.coSigners(scope, id));
        return "proposal/show";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, DataScope scope, Model model) {
        DelegateProposal p = delegates.proposal(scope, id);
        return form(scope, ProposalForm.of(p), p, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, DataScope scope, @Valid @ModelAttribute("form") ProposalForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        DelegateProposal p = delegates.proposal(scope, id);
        form.setDelegateId(p.getDelegate().getId());
        if (!result.hasErrors()) {
            try {
                delegates.change(scope, id, form.getVersion(), form.getCoSignerIds(), form.details());
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:/delegates/proposals/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            } catch (ObjectOptimisticLockingFailureException e) {
                result.reject("common.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        return form(scope, form, p, model);
    }

    @GetMapping("/{id}/steps/{step}")
    String stepForm(@PathVariable long id, @PathVariable("step") String path, DataScope scope, Model model) {
        ProposalStep.Kind kind = kind(path);
        DelegateProposal p = delegates.proposal(scope, id);
        ProposalStepForm form = new ProposalStepForm();
        form.setDate(delegates.today());
        form.setVersion(p.getVersion());
        return step(p, kind, form, model);
    }

    @PostMapping("/{id}/steps/{step}")
    String takeStep(@PathVariable long id, @PathVariable("step") String path, DataScope scope,
            @Valid @ModelAttribute("form") ProposalStepForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        ProposalStep.Kind kind = kind(path);
        DelegateProposal p = delegates.proposal(scope, id);
        if (!result.hasErrors()) {
            try {
                delegates.step(scope, id, form.getVersion(), form.step(kind));
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:/delegates/proposals/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            } catch (ObjectOptimisticLockingFailureException e) {
                result.reject("common.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        return step(p, kind, form, model);
    }

    @GetMapping("/{id}/history")
    String history(@PathVariable long id, DataScope scope, Model model) {
        model.addAttribute("proposal", delegates.proposal(scope, id));
        model.addAttribute("changes", history.of(DelegateProposal.class, id, p -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("proposalKind", p.getKind());
            m.put("proposalCongress", p.getCongress());
            m.put("proposalTitle", p.getTitle());
            m.put("proposalContent", p.getContent());
            m.put("proposalAddressee", p.getAddressee());
            m.put("proposalSubmittedOn", p.getSubmittedOn());
            m.put("proposalCoSigners", p.coSignersByName().stream().map(Member::getName)
                    .collect(Collectors.joining("、")));
            m.put("proposalStatus", p.getStatus());
            m.put("proposalDecisionNote", p.getDecisionNote());
            m.put("proposalHandlingNote", p.getHandlingNote());
            m.put("proposalReplyOn", p.getReplyOn());
            m.put("proposalReplyText", p.getReplyText());
            return m;
        }));
        return "proposal/history";
    }

    private static ProposalStep.Kind kind(String path) {
        try {
            return ProposalStep.Kind.valueOf(path.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("step", path);
        }
    }

    private String step(DelegateProposal p, ProposalStep.Kind kind, ProposalStepForm form, Model model) {
        model.addAttribute("proposal", p);
        model.addAttribute("step", kind);
        model.addAttribute("path", kind.name().toLowerCase(Locale.ROOT));
        model.addAttribute("decisions", ProposalDecision.values());
        model.addAttribute("form", form);
        return "proposal/step";
    }

    private String form(DataScope scope, ProposalForm form, DelegateProposal proposal, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("proposal", proposal);
        model.addAttribute("kinds", ProposalKind.values());
        model.addAttribute("delegates", delegates.delegates(scope));
        model.addAttribute("minSigners", delegates.minSigners(form.getSubmittedOn()));
        return "proposal/form";
    }
}
