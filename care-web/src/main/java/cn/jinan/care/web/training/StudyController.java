package cn.jinan.care.web.training;

import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.domain.training.StudyKind;
import cn.jinan.care.domain.training.StudyRecord;
import cn.jinan.care.persistence.audit.HistoryService;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.training.BatchResult;
import cn.jinan.care.persistence.training.StudyService;
import cn.jinan.care.web.shared.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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

@Controller
@RequestMapping("/study")
@RequiredArgsConstructor
class StudyController {

    private final StudyService study;
    private final MemberService members;
    private final HistoryService history;
    private final Clock clock;

    @GetMapping
    String list(DataScope scope, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", study.inScope(scope, PageRequest.of(Math.max(page, 0), 30)));
        return "training/list";
    }

    @GetMapping("/new")
    String newRecord(DataScope scope, @RequestParam(name = "member", required = false) Long memberId, Model model) {
        StudyForm form = new StudyForm();
        form.setDate(LocalDate.now(clock));
        form.setKind(StudyKind.BRANCH_STUDY);
        if (memberId != null) {
            form.setMemberId(members.get(scope, memberId).getId());
        }
        return form(scope, form, null, model);
    }

    @PostMapping
    String create(DataScope scope, @Valid @ModelAttribute("form") StudyForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (form.getMemberId() == null) {
            result.rejectValue("memberId", "NotNull");
        }
        if (!result.hasErrors()) {
            try {
                study.log(scope, form.getToken(), form.getMemberId(), form.getDate(), form.getHours(), form.getKind(),
                        form.getCourse());
                redirect.addFlashAttribute("flash", "study.logged");
                return "redirect:/members/" + form.getMemberId();
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return form(scope, form, null, model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, DataScope scope, Model model) {
        StudyRecord record = study.get(scope, id);
        return form(scope, StudyForm.of(record), record, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, DataScope scope, @Valid @ModelAttribute("form") StudyForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        StudyRecord record = study.get(scope, id);
        form.setMemberId(record.getMember().getId());
        if (!result.hasErrors()) {
            try {
                study.change(scope, id, form.getVersion(), form.getDate(), form.getHours(), form.getKind(),
                        form.getCourse());
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:/members/" + form.getMemberId();
            } catch (DomainException e) {
                Forms.reject(result, e);
            } catch (ObjectOptimisticLockingFailureException e) {
                result.reject("common.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        return form(scope, form, record, model);
    }

    @GetMapping("/{id}/history")
    String history(@PathVariable long id, DataScope scope, Model model) {
        model.addAttribute("record", study.get(scope, id));
        model.addAttribute("changes", history.ofStudyRecord(id));
        return "training/history";
    }

    private String form(DataScope scope, StudyForm form, StudyRecord record, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("record", record);
        model.addAttribute("kinds", StudyKind.values());
        if (form.getMemberId() != null) {
            model.addAttribute("member", members.get(scope, form.getMemberId()));
        } else {
            model.addAttribute("picker", members.picker(scope));
        }
        return "training/form";
    }

    /** One session, many attendees picked from the roster. */
    @GetMapping("/batch")
    String batch(DataScope scope, Model model) {
        StudyForm form = new StudyForm();
        form.setDate(LocalDate.now(clock));
        form.setKind(StudyKind.BRANCH_STUDY);
        form.setHours(new java.math.BigDecimal("2.0"));
        return batchForm(scope, form, List.of(), model);
    }

    @PostMapping("/batch")
    String logBatch(DataScope scope, @Valid @ModelAttribute("form") StudyForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (form.getMemberIds() == null || form.getMemberIds().isEmpty()) {
            result.rejectValue("memberIds", "study.batch.no-attendees");
        }
        List<BatchResult.Refusal> refused = List.of();
        if (!result.hasErrors()) {
            try {
                BatchResult done = study.logSession(scope, form.getToken(), form.getMemberIds(), form.getDate(),
                        form.getHours(), form.getKind(), form.getCourse());
                redirect.addFlashAttribute("flash", "study.batch-logged");
                redirect.addFlashAttribute("batchCount", done.created());
                return "redirect:/study";
            } catch (StudyService.BatchRefusedException e) {
                refused = e.refusals();
                result.reject("study.batch.refused");
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return batchForm(scope, form, refused, model);
    }

    private String batchForm(DataScope scope, StudyForm form, List<BatchResult.Refusal> refused, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("kinds", StudyKind.values());
        model.addAttribute("picker", members.picker(scope));
        model.addAttribute("refused", refused);
        return "training/batch";
    }
}
