package cn.jinan.care.web.counseling;

import cn.jinan.care.domain.counseling.CounselingCase;
import cn.jinan.care.domain.counseling.ReferralSource;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.persistence.audit.HistoryService;
import cn.jinan.care.persistence.counseling.CounselingPermissionRequired;
import cn.jinan.care.persistence.counseling.CounselingService;
import cn.jinan.care.persistence.counseling.CounselingView;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.web.security.CareUser;
import cn.jinan.care.web.shared.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 第24条: the service decides what a user sees; this controller only renders the view it gets. Without the counseling
 * permission every page but the list and the redacted case page answers 403.
 */
@Controller
@RequestMapping("/counseling")
@RequiredArgsConstructor
class CounselingController {

    private final CounselingService counseling;
    private final MemberService members;
    private final HistoryService history;
    private final Clock clock;

    @GetMapping
    String list(DataScope scope, @AuthenticationPrincipal CareUser user, @RequestParam(defaultValue = "0") int page,
            Model model) {
        model.addAttribute("page", counseling.list(scope, PageRequest.of(Math.max(page, 0), 30)));
        model.addAttribute("permitted", counseling.permitted(user.id()));
        return "counseling/list";
    }

    @GetMapping("/new")
    String newCase(DataScope scope, @AuthenticationPrincipal CareUser user,
            @RequestParam(name = "member", required = false) Long memberId, Model model) {
        requirePermission(user);
        CounselingForm form = new CounselingForm();
        form.setReferralDate(LocalDate.now(clock));
        if (memberId != null) {
            form.setMemberId(members.get(scope, memberId).getId());
        }
        return form(scope, form, null, model);
    }

    @PostMapping
    String create(DataScope scope, @AuthenticationPrincipal CareUser user,
            @Valid @ModelAttribute("form") CounselingForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        requirePermission(user);
        if (!result.hasErrors()) {
            try {
                long id = counseling.open(scope, user.id(), form.getToken(), form.getMemberId(), form.details());
                redirect.addFlashAttribute("flash", "counseling.opened");
                return "redirect:/counseling/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return form(scope, form, null, model);
    }

    /** The case: contents (a logged read) with the permission, else only that it exists. */
    @GetMapping("/{id}")
    String show(@PathVariable long id, DataScope scope, @AuthenticationPrincipal CareUser user, Model model) {
        CounselingView view = counseling.read(scope, user.id(), id);
        model.addAttribute("view", view);
        if (view.contentsVisible() && !view.closed()) {
            SessionForm session = new SessionForm();
            session.setDate(LocalDate.now(clock));
            session.setCounselor(user.displayName());
            model.addAttribute("sessionForm", session);
        }
        return "counseling/show";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, DataScope scope, @AuthenticationPrincipal CareUser user, Model model) {
        CounselingCase c = counseling.readContents(scope, user.id(), id);
        return form(scope, CounselingForm.of(c), c, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, DataScope scope, @AuthenticationPrincipal CareUser user,
            @Valid @ModelAttribute("form") CounselingForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        CounselingCase c = counseling.readContents(scope, user.id(), id);
        form.setMemberId(c.getMember().getId());
        if (!result.hasErrors()) {
            try {
                counseling.change(scope, user.id(), id, form.getVersion(), form.details());
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:/counseling/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            } catch (ObjectOptimisticLockingFailureException e) {
                result.reject("common.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        return form(scope, form, c, model);
    }

    @PostMapping("/{id}/sessions")
    String holdSession(@PathVariable long id, DataScope scope, @AuthenticationPrincipal CareUser user,
            @Valid @ModelAttribute("sessionForm") SessionForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                counseling.holdSession(scope, user.id(), form.getToken(), id, form.getDate(), form.getCounselor(),
                        form.getNotes());
                redirect.addFlashAttribute("flash", "counseling.session.logged");
                return "redirect:/counseling/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        model.addAttribute("view", counseling.read(scope, user.id(), id));
        return "counseling/show";
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable long id, DataScope scope, @AuthenticationPrincipal CareUser user,
            @RequestParam(name = "closedOn", required = false) LocalDate closedOn, RedirectAttributes redirect) {
        try {
            counseling.close(scope, user.id(), id, closedOn == null ? LocalDate.now(clock) : closedOn);
            redirect.addFlashAttribute("flash", "counseling.closed-now");
        } catch (DomainException e) {
            redirect.addFlashAttribute("flash", e.getMessageKey());
        }
        return "redirect:/counseling/" + id;
    }

    /** The history shows contents before and after: permission required, a logged read. */
    @GetMapping("/{id}/history")
    String history(@PathVariable long id, DataScope scope, @AuthenticationPrincipal CareUser user, Model model) {
        model.addAttribute("counselingCase", counseling.readContents(scope, user.id(), id));
        model.addAttribute("changes", history.ofCounseling(id));
        return "counseling/history";
    }

    @ExceptionHandler(CounselingPermissionRequired.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String forbidden() {
        return "error/403";
    }

    private void requirePermission(CareUser user) {
        if (!counseling.permitted(user.id())) {
            throw new CounselingPermissionRequired("open a case");
        }
    }

    private String form(DataScope scope, CounselingForm form, CounselingCase c, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("counselingCase", c);
        model.addAttribute("sources", ReferralSource.values());
        if (form.getMemberId() != null) {
            Member member = members.get(scope, form.getMemberId());
            model.addAttribute("member", member);
        } else {
            model.addAttribute("picker", members.picker(scope));
        }
        return "counseling/form";
    }
}
