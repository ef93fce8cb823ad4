package cn.jinan.care.web.honor;

import cn.jinan.care.domain.honor.AwardLevel;
import cn.jinan.care.domain.honor.Honor;
import cn.jinan.care.domain.honor.HonorKind;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.domain.shared.FundingSource;
import cn.jinan.care.persistence.audit.HistoryService;
import cn.jinan.care.persistence.honor.HonorFilter;
import cn.jinan.care.persistence.honor.HonorService;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.organization.OrganizationService;
import cn.jinan.care.persistence.sanction.SanctionService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.web.shared.Fmt;
import cn.jinan.care.web.shared.Forms;
import cn.jinan.care.web.shared.OrgFilter;
import cn.jinan.care.web.shared.XlsxExport;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
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
 * The honor register (表彰, 第9、10条): members' and organizations' honors in scope. The organization department
 * records them; a branch secretary reads the branch's (the security configuration says so per route).
 */
@Controller
@RequestMapping("/honors")
@RequiredArgsConstructor
class HonorController {

    private final HonorService honors;
    private final MemberService members;
    private final OrganizationService organizations;
    private final SanctionService sanctions;
    private final HistoryService history;
    private final OrgFilter orgFilter;
    private final XlsxExport xlsx;
    private final Fmt fmt;
    private final Clock clock;

    @GetMapping
    String list(DataScope userScope, @RequestParam(required = false) HonorFilter.Holder holder,
            @RequestParam(required = false) HonorKind kind, @RequestParam(required = false) Integer year,
            @RequestParam(name = "org", required = false) Long org, @RequestParam(defaultValue = "0") int page,
            Model model) {
        DataScope scope = orgFilter.narrow(userScope, org, model);
        HonorFilter filter = new HonorFilter(holder, kind, year);
        model.addAttribute("filter", filter);
        model.addAttribute("holders", HonorFilter.Holder.values());
        model.addAttribute("kinds", HonorKind.values());
        model.addAttribute("page", honors.inScope(scope, filter, PageRequest.of(Math.max(page, 0), 30)));
        return "honor/list";
    }

    @GetMapping("/export")
    void export(DataScope userScope, @RequestParam(required = false) HonorFilter.Holder holder,
            @RequestParam(required = false) HonorKind kind, @RequestParam(required = false) Integer year,
            @RequestParam(name = "org", required = false) Long org, HttpServletResponse response) {
        DataScope scope = orgFilter.narrow(userScope, org);
        HonorFilter filter = new HonorFilter(holder, kind, year);
        XlsxExport.Table<Honor> table = xlsx.<Honor>table()
                .integer("field.year", Honor::getYear)
                .text("field.honorKind", 16, h -> fmt.label(h.getKind()))
                .text("field.honorTitle", 24, Honor::getTitle)
                .text("field.member", 10, h -> h.getMember() == null ? null : h.getMember().getName())
                .text("field.organization", 24, h -> h.holderOrganization().getName())
                .text("field.honorLevel", 10, h -> fmt.label(h.getLevel()))
                .date("field.honorAwardedOn", Honor::getAwardedOn)
                .text("field.honorAwardingBody", 20, Honor::getAwardingBody)
                .text("field.honorDocumentNumber", 20, Honor::getDocumentNumber)
                .money("field.honorReward", Honor::getRewardAmount)
                .text("field.fundingSource", 12, h -> fmt.label(h.getFundingSource()));
        xlsx.send(response, "honor.list", table, pageable -> honors.inScope(scope, filter, pageable));
    }

    @GetMapping("/new")
    String newHonor(DataScope scope, @RequestParam(required = false) HonorFilter.Holder holder,
            @RequestParam(name = "member", required = false) Long memberId, Model model) {
        HonorForm form = new HonorForm();
        form.setHolder(holder == HonorFilter.Holder.ORGANIZATION ? holder : HonorFilter.Holder.MEMBER);
        form.setYear(today().getYear());
        form.setAwardedOn(today());
        if (memberId != null && !form.forOrganization()) {
            form.setMemberId(members.get(scope, memberId).getId());
        }
        return form(scope, form, null, model);
    }

    @PostMapping
    String create(DataScope scope, @Valid @ModelAttribute("form") HonorForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (form.forOrganization() && form.getOrganizationId() == null) {
            result.rejectValue("organizationId", "NotNull");
        }
        if (!form.forOrganization() && form.getMemberId() == null) {
            result.rejectValue("memberId", "NotNull");
        }
        if (!result.hasErrors()) {
            try {
                long id = form.forOrganization()
                        ? honors.recordForOrganization(scope, form.getToken(), form.getOrganizationId(), form.details())
                        : honors.recordForMember(scope, form.getToken(), form.getMemberId(), form.details());
                redirect.addFlashAttribute("flash", "honor.recorded");
                return "redirect:/honors/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return form(scope, form, null, model);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, DataScope scope, Model model) {
        model.addAttribute("honor", honors.get(scope, id));
        return "honor/show";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, DataScope scope, Model model) {
        Honor honor = honors.get(scope, id);
        return form(scope, HonorForm.of(honor), honor, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, DataScope scope, @Valid @ModelAttribute("form") HonorForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Honor honor = honors.get(scope, id);
        HonorForm fixed = HonorForm.of(honor);
        form.setHolder(fixed.getHolder());
        form.setMemberId(fixed.getMemberId());
        form.setOrganizationId(fixed.getOrganizationId());
        if (!result.hasErrors()) {
            try {
                honors.change(scope, id, form.getVersion(), form.details());
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:/honors/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            } catch (ObjectOptimisticLockingFailureException e) {
                result.reject("common.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        return form(scope, form, honor, model);
    }

    @GetMapping("/{id}/history")
    String history(@PathVariable long id, DataScope scope, Model model) {
        model.addAttribute("honor", honors.get(scope, id));
        model.addAttribute("changes", history.ofHonor(id));
        return "honor/history";
    }

    private String form(DataScope scope, HonorForm form, Honor honor, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("honor", honor);
        model.addAttribute("levels", AwardLevel.values());
        model.addAttribute("fundingSources", FundingSource.values());
        if (honor != null && honor.isMedal()) {
            model.addAttribute("kinds", List.of(HonorKind.MEDAL_50));
        } else {
            model.addAttribute("kinds", form.forOrganization() ? HonorKind.organizationKinds()
                    : HonorKind.memberKinds());
        }
        if (form.forOrganization()) {
            if (honor == null) {
                model.addAttribute("organizations", organizations.subtree(scope));
            } else {
                model.addAttribute("organization", honor.getOrganization());
            }
        } else if (form.getMemberId() != null) {
            model.addAttribute("member", members.get(scope, form.getMemberId()));
        } else {
            // R20-IMPACT-PERIOD: members inside a sanction's impact period are not offered for an honor
            List<Member> picker = members.picker(scope);
            Set<Long> held = sanctions.inImpact(picker.stream().map(Member::getId).toList(), today());
            model.addAttribute("picker", picker.stream().filter(m -> !held.contains(m.getId())).toList());
        }
        return "honor/form";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
