package cn.jinan.care.web.visit;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberStatus;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.domain.shared.FundingSource;
import cn.jinan.care.domain.visit.Visit;
import cn.jinan.care.domain.visit.VisitKind;
import cn.jinan.care.persistence.audit.HistoryService;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.obligation.Logged;
import cn.jinan.care.persistence.obligation.ObligationService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.visit.VisitService;
import cn.jinan.care.web.security.CareUser;
import cn.jinan.care.web.shared.Forms;
import cn.jinan.care.web.shared.RecordFlash;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

@Controller
@RequestMapping("/visits")
@RequiredArgsConstructor
class VisitController {

    private final VisitService visits;
    private final MemberService members;
    private final ObligationService obligations;
    private final HistoryService history;
    private final Clock clock;

    @GetMapping
    String list(DataScope scope, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", visits.inScope(scope, PageRequest.of(Math.max(page, 0), 30)));
        return "visit/list";
    }

    /**
     * The visit form, pre-filled from a to-do line ({@code obligation}: the member and the kind of visit that
     * fulfils it) or a member page ({@code member}, {@code kind}).
     */
    @GetMapping("/new")
    String newVisit(DataScope scope, @AuthenticationPrincipal CareUser user,
            @RequestParam(name = "member", required = false) Long memberId,
            @RequestParam(required = false) VisitKind kind,
            @RequestParam(name = "obligation", required = false) Long obligationId,
            @RequestParam(required = false) java.math.BigDecimal money,
            @RequestParam(required = false) cn.jinan.care.domain.shared.FundingSource fundingSource, Model model) {
        VisitForm form = new VisitForm();
        form.setDate(LocalDate.now(clock));
        form.setVisitors(user.displayName());
        form.setKind(kind);
        // a campaign's standard amount and its source, when the link comes from the campaign's coverage page
        form.setMoney(money);
        form.setFundingSource(fundingSource);
        if (obligationId != null) {
            var obligation = obligations.get(scope, obligationId);
            form.setMemberId(obligation.getMember().getId());
            VisitKind.forAction(obligation.getAction()).ifPresent(form::setKind);
            model.addAttribute("obligation", obligation);
        } else if (memberId != null) {
            form.setMemberId(members.get(scope, memberId).getId());
        }
        if (form.getMemberId() != null) {
            // 第28、29条: after a death the visit goes to the family
            boolean deceased = members.get(scope, form.getMemberId()).getStatus() == MemberStatus.DECEASED;
            form.setFamilyVisited(deceased || (form.getKind() != null && form.getKind().toFamily()));
        }
        return form(scope, form, null, model);
    }

    @PostMapping
    String create(DataScope scope, @Valid @ModelAttribute("form") VisitForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Logged logged = visits.log(scope, form.getToken(), form.getMemberId(), form.details());
                RecordFlash.logged(redirect, "visit.logged", logged);
                return "redirect:/members/" + form.getMemberId();
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return form(scope, form, null, model);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, DataScope scope, Model model) {
        model.addAttribute("visit", visits.get(scope, id));
        return "visit/show";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, DataScope scope, Model model) {
        Visit visit = visits.get(scope, id);
        return form(scope, VisitForm.of(visit), visit, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, DataScope scope, @Valid @ModelAttribute("form") VisitForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Visit visit = visits.get(scope, id);
        form.setMemberId(visit.getMember().getId());
        if (!result.hasErrors()) {
            try {
                visits.change(scope, id, form.getVersion(), form.details());
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:/visits/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            } catch (ObjectOptimisticLockingFailureException e) {
                result.reject("common.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        return form(scope, form, visit, model);
    }

    @GetMapping("/{id}/history")
    String history(@PathVariable long id, DataScope scope, Model model) {
        model.addAttribute("visit", visits.get(scope, id));
        model.addAttribute("changes", history.ofVisit(id));
        return "visit/history";
    }

    private String form(DataScope scope, VisitForm form, Visit visit, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("visit", visit);
        model.addAttribute("kinds", VisitKind.values());
        model.addAttribute("sources", FundingSource.values());
        if (form.getMemberId() != null) {
            Member member = members.get(scope, form.getMemberId());
            model.addAttribute("member", member);
        } else {
            model.addAttribute("picker", members.picker(scope));
        }
        return "visit/form";
    }
}
