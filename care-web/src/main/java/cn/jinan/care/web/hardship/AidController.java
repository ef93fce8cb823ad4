package cn.jinan.care.web.hardship;

import cn.jinan.care.domain.hardship.HardshipAid;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.domain.shared.FundingSource;
import cn.jinan.care.persistence.audit.HistoryService;
import cn.jinan.care.persistence.hardship.AidService;
import cn.jinan.care.persistence.hardship.HardshipService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.web.shared.OrgFilter;
import cn.jinan.care.web.shared.XlsxExport;
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

/** Hardship aid (帮扶, 第27条): the application, then each step in turn (the aid refuses one out of order). */
@Controller
@RequestMapping("/aid")
@RequiredArgsConstructor
class AidController {

    private final AidService aids;
    private final HardshipService hardship;
    private final HistoryService history;
    private final Clock clock;
    private final cn.jinan.care.web.shared.Fmt fmt;
    private final OrgFilter orgFilter;
    private final XlsxExport xlsx;

    /** The aid applied for in a year in the scope. */
    @GetMapping
    String list(DataScope userScope, @RequestParam(required = false) Integer year,
            @RequestParam(name = "org", required = false) Long org, @RequestParam(defaultValue = "0") int page,
            Model model) {
        DataScope scope = orgFilter.narrow(userScope, org, model);
        int y = year == null ? today().getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("page", aids.inScope(scope, y, PageRequest.of(Math.max(page, 0), 30)));
        return "aid/list";
    }

    /** The year's aid as filtered, as Excel: applicant, amount, funding source and each step's date. */
    @GetMapping("/export")
    void export(DataScope userScope, @RequestParam(required = false) Integer year,
            @RequestParam(name = "org", required = false) Long org, HttpServletResponse response) {
        DataScope scope = orgFilter.narrow(userScope, org);
        int y = year == null ? today().getYear() : year;
        XlsxExport.Table<HardshipAid> table = xlsx.<HardshipAid>table()
                .text("field.organization", 24, a -> a.getRecord().getMember().getOrganization().getName())
                .text("field.member", 10, a -> a.getRecord().getMember().getName())
                .date("field.aidAppliedOn", HardshipAid::getAppliedOn)
                .money("field.aidAmount", HardshipAid::getAmount)
                .text("field.aidFundingSource", 16, a -> fmt.label(a.getFundingSource()))
                .text("field.aidStatus", 10, a -> fmt.label(a.getStatus()))
                .date("field.aidApprovedOn", HardshipAid::getApprovedOn)
                .date("field.aidNoticeStart", HardshipAid::getNoticeStart)
                .date("field.aidNoticeEnd", HardshipAid::getNoticeEnd)
                .date("field.aidPaidOn", HardshipAid::getPaidOn)
                .date("field.aidRejectedOn", HardshipAid::getRejectedOn);
        xlsx.send(response, "aid.list", table, pageable -> aids.inScope(scope, y, pageable));
    }

    @GetMapping("/new")
    String newAid(DataScope scope, @RequestParam("record") long recordId, Model model) {
        AidForm form = new AidForm();
        form.setRecordId(hardship.get(scope, recordId).getId());
        form.setAppliedOn(today());
        return form(scope, form, model);
    }

    @PostMapping
    String apply(DataScope scope, @Valid @ModelAttribute("form") AidForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (form.getRecordId() == null) {
            throw new cn.jinan.care.persistence.shared.NotFoundException("hardship record", null);
        }
        if (!result.hasErrors()) {
            try {
                aids.apply(scope, form.getToken(), form.getRecordId(), form.application());
                redirect.addFlashAttribute("flash", "aid.applied");
                return "redirect:/hardship/" + form.getRecordId();
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return form(scope, form, model);
    }

    @GetMapping("/{id}/history")
    String history(@PathVariable long id, DataScope scope, Model model) {
        model.addAttribute("aid", aids.get(scope, id));
        model.addAttribute("changes", history.ofAid(id));
        return "aid/history";
    }

    /** The form of one step, pre-filled with today (and the shortest notice). */
    @GetMapping("/{id}/{step}")
    String stepForm(@PathVariable long id, @PathVariable("step") String path, DataScope scope, Model model) {
        AidStep step = AidStep.ofPath(path);
        HardshipAid aid = aids.get(scope, id);
        AidStepForm form = new AidStepForm();
        form.setVersion(aid.getVersion());
        form.setApprovedOn(today());
        form.setNoticeStart(today());
        form.setNoticeEnd(today().plusDays(HardshipAid.NOTICE_MIN_DAYS));
        form.setPaidOn(today());
        return step(aid, step, form, model);
    }

    @PostMapping("/{id}/{step}")
    String takeStep(@PathVariable long id, @PathVariable("step") String path, DataScope scope,
            @Valid @ModelAttribute("form") AidStepForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        AidStep step = AidStep.ofPath(path);
        HardshipAid aid = aids.get(scope, id);
        if (!result.hasErrors()) {
            try {
                switch (step) {
                    case APPROVE -> aids.approve(scope, id, form.getVersion(), form.getApprovedBy(),
                            form.getApprovedOn());
                    case PUBLICIZE -> aids.publicize(scope, id, form.getVersion(), form.getNoticeStart(),
                            form.getNoticeEnd());
                    case PAY -> aids.pay(scope, id, form.getVersion(), form.getPaidOn());
                    case REJECT -> aids.reject(scope, id, form.getVersion(), form.getRejectReason());
                }
                redirect.addFlashAttribute("flash", "aid.step-done." + step.name());
                return "redirect:/hardship/" + aid.getRecord().getId();
            } catch (DomainException e) {
                Forms.reject(result, e);
            } catch (ObjectOptimisticLockingFailureException e) {
                result.reject("common.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        return step(aid, step, form, model);
    }

    private String step(HardshipAid aid, AidStep step, AidStepForm form, Model model) {
        model.addAttribute("aid", aid);
        model.addAttribute("step", step);
        model.addAttribute("form", form);
        model.addAttribute("noticeMinDays", HardshipAid.NOTICE_MIN_DAYS);
        return "aid/step";
    }

    private String form(DataScope scope, AidForm form, Model model) {
        model.addAttribute("record", hardship.get(scope, form.getRecordId()));
        model.addAttribute("form", form);
        model.addAttribute("sources", FundingSource.values());
        return "aid/form";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
