package cn.jinan.care.web.hardship;

import cn.jinan.care.domain.hardship.HardshipAid;
import cn.jinan.care.domain.hardship.HardshipCategory;
import cn.jinan.care.domain.hardship.HardshipRecord;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.persistence.audit.HistoryService;
import cn.jinan.care.persistence.hardship.AidService;
import cn.jinan.care.persistence.hardship.HardshipFilter;
import cn.jinan.care.persistence.hardship.HardshipService;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.web.shared.Fmt;
import cn.jinan.care.web.shared.Forms;
import cn.jinan.care.web.shared.OrgFilter;
import cn.jinan.care.web.shared.XlsxExport;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

/** The hardship register (困难党员信息库, 第27条). */
@Controller
@RequestMapping("/hardship")
@RequiredArgsConstructor
class HardshipController {

    private final HardshipService hardship;
    private final AidService aids;
    private final MemberService members;
    private final HistoryService history;
    private final Clock clock;
    private final OrgFilter orgFilter;
    private final XlsxExport xlsx;
    private final Fmt fmt;

    /** The register in the scope, filtered by state and year, with the reviews that are overdue. */
    @GetMapping
    String list(DataScope userScope, @RequestParam(required = false) HardshipFilter.State state,
            @RequestParam(required = false) Integer year, @RequestParam(name = "org", required = false) Long org,
            @RequestParam(defaultValue = "0") int page, Model model) {
        DataScope scope = orgFilter.narrow(userScope, org, model);
        HardshipFilter filter = new HardshipFilter(state, year);
        model.addAttribute("filter", filter);
        model.addAttribute("states", HardshipFilter.State.values());
        model.addAttribute("page", hardship.inScope(scope, filter, PageRequest.of(Math.max(page, 0), 30)));
        model.addAttribute("overdue", hardship.overdueReviews(scope));
        model.addAttribute("today", today());
        return "hardship/list";
    }

    /** The list as filtered, with situation and needs, as Excel; every exported record's read is logged. */
    @GetMapping("/export")
    void export(DataScope userScope, @RequestParam(required = false) HardshipFilter.State state,
            @RequestParam(required = false) Integer year, @RequestParam(name = "org", required = false) Long org,
            HttpServletResponse response) {
        DataScope scope = orgFilter.narrow(userScope, org);
        HardshipFilter filter = new HardshipFilter(state, year);
        XlsxExport.Table<HardshipRecord> table = xlsx.<HardshipRecord>table()
                .text("field.organization", 24, r -> r.getMember().getOrganization().getName())
                .text("field.member", 10, r -> r.getMember().getName())
                .text("field.hardshipCategories", 20, r -> r.getCategories().stream().map(fmt::label)
                        .collect(java.util.stream.Collectors.joining("、")))
                .date("field.hardshipSince", HardshipRecord::getSince)
                .text("field.hardshipSituation", 40, HardshipRecord::getSituation)
                .text("field.hardshipNeeds", 40, HardshipRecord::getNeeds)
                .date("field.nextReviewDate", r -> r.isOpen() ? r.getNextReviewDate() : null)
                .date("field.lastReviewedOn", HardshipRecord::getLastReviewedOn)
                .date("field.closedOn", HardshipRecord::getClosedOn)
                .text("field.closeReason", 30, HardshipRecord::getCloseReason);
        xlsx.send(response, "hardship.list", table, pageable -> hardship.exportPage(scope, filter, pageable));
    }

    @GetMapping("/new")
    String newRecord(DataScope scope, @RequestParam(name = "member", required = false) Long memberId, Model model) {
        HardshipForm form = new HardshipForm();
        form.setSince(today());
        form.setNextReviewDate(today().plusMonths(6));
        if (memberId != null) {
            form.setMemberId(members.get(scope, memberId).getId());
        }
        return form(scope, form, null, model);
    }

    @PostMapping
    String create(DataScope scope, @Valid @ModelAttribute("form") HardshipForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long id = hardship.register(scope, form.getToken(), form.getMemberId(), form.details());
                redirect.addFlashAttribute("flash", "hardship.registered");
                return "redirect:/hardship/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return form(scope, form, null, model);
    }

    /** The record with its situation, needs and aid: the read is logged. */
    @GetMapping("/{id}")
    String show(@PathVariable long id, DataScope scope, Model model) {
        HardshipRecord record = hardship.read(scope, id);
        model.addAttribute("record", record);
        List<HardshipAid> recordAids = aids.forRecord(scope, id);
        // each aid offers only its next step (and rejection while that is still possible)
        Map<Long, AidStep> nextSteps = new HashMap<>();
        recordAids.forEach(a -> nextSteps.put(a.getId(), AidStep.nextFor(a.getStatus())));
        model.addAttribute("aids", recordAids);
        model.addAttribute("nextSteps", nextSteps);
        model.addAttribute("today", today());
        return "hardship/show";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, DataScope scope, Model model) {
        HardshipRecord record = hardship.read(scope, id);
        return form(scope, HardshipForm.of(record), record, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, DataScope scope, @Valid @ModelAttribute("form") HardshipForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        HardshipRecord record = hardship.get(scope, id);
        form.setMemberId(record.getMember().getId());
        if (!result.hasErrors()) {
            try {
                hardship.change(scope, id, form.getVersion(), form.details());
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:/hardship/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            } catch (ObjectOptimisticLockingFailureException e) {
                result.reject("common.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        return form(scope, form, record, model);
    }

    @GetMapping("/{id}/review")
    String reviewForm(@PathVariable long id, DataScope scope, Model model) {
        HardshipRecord record = hardship.get(scope, id);
        ReviewForm form = new ReviewForm();
        form.setNextReviewDate(today().plusMonths(6));
        form.setVersion(record.getVersion());
        return review(record, form, model);
    }

    @PostMapping("/{id}/review")
    String review(@PathVariable long id, DataScope scope, @Valid @ModelAttribute("form") ReviewForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        HardshipRecord record = hardship.get(scope, id);
        if (!result.hasErrors()) {
            try {
                hardship.review(scope, id, form.getVersion(), form.getNextReviewDate(), form.getNote());
                redirect.addFlashAttribute("flash", "hardship.reviewed");
                return "redirect:/hardship/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            } catch (ObjectOptimisticLockingFailureException e) {
                result.reject("common.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        return review(record, form, model);
    }

    @GetMapping("/{id}/close")
    String closeForm(@PathVariable long id, DataScope scope, Model model) {
        HardshipRecord record = hardship.get(scope, id);
        CloseForm form = new CloseForm();
        form.setClosedOn(today());
        form.setVersion(record.getVersion());
        return close(record, form, model);
    }

    @PostMapping("/{id}/close")
    String close(@PathVariable long id, DataScope scope, @Valid @ModelAttribute("form") CloseForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        HardshipRecord record = hardship.get(scope, id);
        if (!result.hasErrors()) {
            try {
                hardship.close(scope, id, form.getVersion(), form.getClosedOn(), form.getCloseReason());
                redirect.addFlashAttribute("flash", "hardship.closed-now");
                return "redirect:/hardship/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            } catch (ObjectOptimisticLockingFailureException e) {
                result.reject("common.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        return close(record, form, model);
    }

    /** The history shows the situation before and after: a logged read too. */
    @GetMapping("/{id}/history")
    String history(@PathVariable long id, DataScope scope, Model model) {
        model.addAttribute("record", hardship.read(scope, id));
        model.addAttribute("changes", history.ofHardship(id));
        return "hardship/history";
    }

    private String review(HardshipRecord record, ReviewForm form, Model model) {
        model.addAttribute("record", record);
        model.addAttribute("form", form);
        return "hardship/review";
    }

    private String close(HardshipRecord record, CloseForm form, Model model) {
        model.addAttribute("record", record);
        model.addAttribute("form", form);
        return "hardship/close";
    }

    private String form(DataScope scope, HardshipForm form, HardshipRecord record, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("record", record);
        model.addAttribute("categories", HardshipCategory.values());
        if (form.getMemberId() != null) {
            model.addAttribute("member", members.get(scope, form.getMemberId()));
        } else {
            model.addAttribute("picker", members.picker(scope));
        }
        return "hardship/form";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
