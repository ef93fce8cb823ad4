package cn.jinan.care.web.suggestion;

import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.domain.suggestion.HandlingSystem;
import cn.jinan.care.domain.suggestion.SubmitterKind;
import cn.jinan.care.domain.suggestion.Suggestion;
import cn.jinan.care.domain.suggestion.SuggestionChannel;
import cn.jinan.care.domain.suggestion.SuggestionStatus;
import cn.jinan.care.persistence.audit.HistoryService;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.organization.OrganizationService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import cn.jinan.care.persistence.suggestion.SuggestionFilter;
import cn.jinan.care.persistence.suggestion.SuggestionService;
import cn.jinan.care.persistence.suggestion.SuggestionStep;
import cn.jinan.care.web.shared.Fmt;
import cn.jinan.care.web.shared.Forms;
import cn.jinan.care.web.shared.OrgFilter;
import cn.jinan.care.web.shared.XlsxExport;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Locale;
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

/**
 * The suggestion register (意见建议, 第6条). A branch secretary receives and handles the branch's suggestions, the
 * organization department those of its subtree; each step has its own form, and the suggestion refuses one out of
 * order.
 */
@Controller
@RequestMapping("/suggestions")
@RequiredArgsConstructor
class SuggestionController {

    private final SuggestionService suggestions;
    private final MemberService members;
    private final OrganizationService organizations;
    private final HistoryService history;
    private final OrgFilter orgFilter;
    private final XlsxExport xlsx;
    private final Fmt fmt;

    @GetMapping
    String list(DataScope userScope, @RequestParam(required = false) SuggestionStatus status,
            @RequestParam(required = false) SuggestionChannel channel, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(name = "org", required = false) Long org, @RequestParam(defaultValue = "0") int page,
            Model model) {
        DataScope scope = orgFilter.narrow(userScope, org, model);
        SuggestionFilter filter = new SuggestionFilter(status, channel, year, overdue);
        model.addAttribute("filter", filter);
        model.addAttribute("statuses", SuggestionStatus.values());
        model.addAttribute("channels", SuggestionChannel.values());
        model.addAttribute("today", suggestions.today());
        model.addAttribute("page", suggestions.inScope(scope, filter, PageRequest.of(Math.max(page, 0), 30)));
        return "suggestion/list";
    }

    @GetMapping("/export")
    void export(DataScope userScope, @RequestParam(required = false) SuggestionStatus status,
            @RequestParam(required = false) SuggestionChannel channel, @RequestParam(required = false) Integer year,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(name = "org", required = false) Long org, HttpServletResponse response) {
        DataScope scope = orgFilter.narrow(userScope, org);
        SuggestionFilter filter = new SuggestionFilter(status, channel, year, overdue);
        XlsxExport.Table<Suggestion> table = xlsx.<Suggestion>table()
                .date("field.suggestionReceivedOn", Suggestion::getReceivedOn)
                .text("field.organization", 24, s -> s.getOrganization().getName())
                .text("field.suggestionSubmitterKind", 8, s -> fmt.label(s.getSubmitterKind()))
                .text("field.suggestionSubmitter", 10, Suggestion::submitterLabel)
                .text("field.suggestionChannel", 10, s -> fmt.label(s.getChannel()))
                .text("field.suggestionContent", 40, Suggestion::getContent)
                .text("field.suggestionStatus", 8, s -> fmt.label(s.getStatus()))
                .text("field.suggestionHandlingSystem", 8, s -> fmt.label(s.getHandlingSystem()))
                .text("field.suggestionOwner", 16, Suggestion::getOwner)
                .date("field.suggestionPromisedBy", Suggestion::getPromisedBy)
                .date("field.suggestionReplyOn", Suggestion::getReplyOn)
                .text("field.suggestionReplyText", 40, Suggestion::getReplyText)
                .date("field.suggestionClosedOn", Suggestion::getClosedOn)
                .text("field.suggestionNotAdoptedReason", 24, Suggestion::getNotAdoptedReason);
        xlsx.send(response, "suggestion.list", table, pageable -> suggestions.inScope(scope, filter, pageable));
    }

    @GetMapping("/new")
    String newSuggestion(DataScope scope, Model model) {
        SuggestionForm form = new SuggestionForm();
        form.setOrganizationId(scope.organizationId());
        form.setSubmitterKind(SubmitterKind.MEMBER);
        form.setReceivedOn(suggestions.today());
        return form(scope, form, null, model);
    }

    @PostMapping
    String create(DataScope scope, @Valid @ModelAttribute("form") SuggestionForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (form.getOrganizationId() == null) {
            result.rejectValue("organizationId", "NotNull");
        }
        if (!result.hasErrors()) {
            try {
                long id = suggestions.receive(scope, form.getToken(), form.getOrganizationId(), memberOf(form),
                        form.details());
                redirect.addFlashAttribute("flash", "suggestion.recorded");
                return "redirect:/suggestions/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return form(scope, form, null, model);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, DataScope scope, Model model) {
        Suggestion s = suggestions.get(scope, id);
        model.addAttribute("suggestion", s);
        model.addAttribute("overdue", s.isOverdueOn(suggestions.today()));
        model.addAttribute("steps", SuggestionStep.Kind.values());
        return "suggestion/show";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, DataScope scope, Model model) {
        Suggestion s = suggestions.get(scope, id);
        return form(scope, SuggestionForm.of(s), s, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, DataScope scope, @Valid @ModelAttribute("form") SuggestionForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Suggestion s = suggestions.get(scope, id);
        form.setOrganizationId(s.getOrganization().getId());
        if (!result.hasErrors()) {
            try {
                suggestions.change(scope, id, form.getVersion(), memberOf(form), form.details());
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:/suggestions/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            } catch (ObjectOptimisticLockingFailureException e) {
                result.reject("common.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        return form(scope, form, s, model);
    }

    @GetMapping("/{id}/steps/{step}")
    String stepForm(@PathVariable long id, @PathVariable("step") String path, DataScope scope, Model model) {
        SuggestionStep.Kind kind = kind(path);
        Suggestion s = suggestions.get(scope, id);
        SuggestionStepForm form = new SuggestionStepForm();
        form.setDate(suggestions.today());
        form.setVersion(s.getVersion());
        form.setOwner(s.getOwner());
        form.setReplyText(s.getReplyText());
        return step(s, kind, form, model);
    }

    @PostMapping("/{id}/steps/{step}")
    String takeStep(@PathVariable long id, @PathVariable("step") String path, DataScope scope,
            @Valid @ModelAttribute("form") SuggestionStepForm form, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response) {
        SuggestionStep.Kind kind = kind(path);
        Suggestion s = suggestions.get(scope, id);
        if (!result.hasErrors()) {
            try {
                suggestions.step(scope, id, form.getVersion(), form.step(kind));
                redirect.addFlashAttribute("flash", "suggestion.step-done." + kind.name());
                return "redirect:/suggestions/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            } catch (ObjectOptimisticLockingFailureException e) {
                result.reject("common.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        return step(s, kind, form, model);
    }

    @GetMapping("/{id}/history")
    String history(@PathVariable long id, DataScope scope, Model model) {
        model.addAttribute("suggestion", suggestions.get(scope, id));
        model.addAttribute("changes", history.of(Suggestion.class, id, s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("suggestionSubmitterKind", s.getSubmitterKind());
            m.put("suggestionSubmitter", s.getSubmitterName());
            m.put("suggestionChannel", s.getChannel());
            m.put("suggestionReceivedOn", s.getReceivedOn());
            m.put("suggestionContent", s.getContent());
            m.put("suggestionStatus", s.getStatus());
            m.put("suggestionHandlingSystem", s.getHandlingSystem());
            m.put("suggestionOwner", s.getOwner());
            m.put("suggestionPromisedBy", s.getPromisedBy());
            m.put("suggestionReplyOn", s.getReplyOn());
            m.put("suggestionReplyText", s.getReplyText());
            m.put("suggestionClosedOn", s.getClosedOn());
            m.put("suggestionNotAdoptedReason", s.getNotAdoptedReason());
            return m;
        }));
        return "suggestion/history";
    }

    private static Long memberOf(SuggestionForm form) {
        return form.getSubmitterKind() == SubmitterKind.MEMBER ? form.getMemberId() : null;
    }

    private static SuggestionStep.Kind kind(String path) {
        try {
            return SuggestionStep.Kind.valueOf(path.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("step", path);
        }
    }

    private String step(Suggestion s, SuggestionStep.Kind kind, SuggestionStepForm form, Model model) {
        model.addAttribute("suggestion", s);
        model.addAttribute("step", kind);
        model.addAttribute("path", kind.name().toLowerCase(Locale.ROOT).replace('_', '-'));
        model.addAttribute("form", form);
        model.addAttribute("systems", HandlingSystem.values());
        return "suggestion/step";
    }

    private String form(DataScope scope, SuggestionForm form, Suggestion suggestion, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("suggestion", suggestion);
        model.addAttribute("submitterKinds", SubmitterKind.values());
        model.addAttribute("channels", SuggestionChannel.values());
        if (suggestion == null) {
            model.addAttribute("organizations", organizations.subtree(scope));
        }
        model.addAttribute("picker", members.picker(scope));
        return "suggestion/form";
    }
}
