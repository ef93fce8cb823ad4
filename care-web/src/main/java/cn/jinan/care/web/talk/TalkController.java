package cn.jinan.care.web.talk;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.domain.talk.Talk;
import cn.jinan.care.domain.talk.TalkKind;
import cn.jinan.care.domain.talk.TalkerPost;
import cn.jinan.care.persistence.audit.HistoryService;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.obligation.Logged;
import cn.jinan.care.persistence.obligation.ObligationService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.talk.TalkService;
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
@RequestMapping("/talks")
@RequiredArgsConstructor
class TalkController {

    private final TalkService talks;
    private final MemberService members;
    private final ObligationService obligations;
    private final HistoryService history;
    private final Clock clock;

    @GetMapping
    String list(DataScope scope, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", talks.inScope(scope, PageRequest.of(Math.max(page, 0), 30)));
        return "talk/list";
    }

    /**
     * The talk form, pre-filled from a to-do line ({@code obligation}) or a member page ({@code member}, {@code kind}).
     */
    @GetMapping("/new")
    String newTalk(DataScope scope, @AuthenticationPrincipal CareUser user,
            @RequestParam(name = "member", required = false) Long memberId,
            @RequestParam(required = false) TalkKind kind,
            @RequestParam(name = "obligation", required = false) Long obligationId, Model model) {
        TalkForm form = new TalkForm();
        form.setDate(LocalDate.now(clock));
        form.setTalkerName(user.displayName());
        form.setTalkerPost(TalkerPost.BRANCH_SECRETARY);
        form.setKind(kind == null ? TalkKind.ROUTINE : kind);
        if (obligationId != null) {
            var obligation = obligations.get(scope, obligationId);
            form.setMemberId(obligation.getMember().getId());
            TalkKind.forAction(obligation.getAction()).ifPresent(form::setKind);
            model.addAttribute("obligation", obligation);
        } else if (memberId != null) {
            form.setMemberId(members.get(scope, memberId).getId());
        }
        return form(scope, form, null, model);
    }

    @PostMapping
    String create(DataScope scope, @Valid @ModelAttribute("form") TalkForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                Logged logged = talks.log(scope, form.getToken(), form.getMemberId(), form.details());
                RecordFlash.logged(redirect, "talk.logged", logged);
                return "redirect:/members/" + form.getMemberId();
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return form(scope, form, null, model);
    }

    /** The talk with its summary: the read is logged. */
    @GetMapping("/{id}")
    String show(@PathVariable long id, DataScope scope, Model model) {
        model.addAttribute("talk", talks.read(scope, id));
        return "talk/show";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, DataScope scope, Model model) {
        Talk talk = talks.read(scope, id);
        return form(scope, TalkForm.of(talk), talk, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, DataScope scope, @Valid @ModelAttribute("form") TalkForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Talk talk = talks.get(scope, id);
        form.setMemberId(talk.getMember().getId());
        if (!result.hasErrors()) {
            try {
                talks.change(scope, id, form.getVersion(), form.details());
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:/talks/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            } catch (ObjectOptimisticLockingFailureException e) {
                result.reject("common.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        return form(scope, form, talk, model);
    }

    /** The history shows summaries before and after: a logged read too. */
    @GetMapping("/{id}/history")
    String history(@PathVariable long id, DataScope scope, Model model) {
        model.addAttribute("talk", talks.read(scope, id));
        model.addAttribute("changes", history.ofTalk(id));
        return "talk/history";
    }

    private String form(DataScope scope, TalkForm form, Talk talk, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("talk", talk);
        model.addAttribute("kinds", TalkKind.values());
        model.addAttribute("posts", TalkerPost.values());
        if (form.getMemberId() != null) {
            Member member = members.get(scope, form.getMemberId());
            model.addAttribute("member", member);
        } else {
            model.addAttribute("picker", members.picker(scope));
        }
        return "talk/form";
    }
}
