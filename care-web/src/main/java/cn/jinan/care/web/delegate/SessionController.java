package cn.jinan.care.web.delegate;

import cn.jinan.care.domain.delegate.DelegateSession;
import cn.jinan.care.domain.delegate.SessionKind;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.persistence.audit.HistoryService;
import cn.jinan.care.persistence.delegate.AttendanceRate;
import cn.jinan.care.persistence.delegate.DelegateService;
import cn.jinan.care.persistence.organization.OrganizationService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import cn.jinan.care.web.shared.Fmt;
import cn.jinan.care.web.shared.Forms;
import cn.jinan.care.web.shared.OrgFilter;
import cn.jinan.care.web.shared.XlsxExport;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sessions delegates are called to (第7条: 列席全委会, 学习培训) and each delegate's attendance rate per year. The
 * organization department records sessions of organizations in its subtree; a branch secretary reads the sessions
 * its delegates were called to and their rates.
 */
@Controller
@RequiredArgsConstructor
class SessionController {

    private final DelegateService delegates;
    private final OrganizationService organizations;
    private final HistoryService history;
    private final OrgFilter orgFilter;
    private final XlsxExport xlsx;
    private final Fmt fmt;

    @GetMapping("/delegates/sessions")
    String list(DataScope userScope, @RequestParam(required = false) Integer year,
            @RequestParam(name = "org", required = false) Long org, @RequestParam(defaultValue = "0") int page,
            Model model) {
        DataScope scope = orgFilter.narrow(userScope, org, model);
        model.addAttribute("year", year);
        model.addAttribute("page", delegates.sessions(scope, year, PageRequest.of(Math.max(page, 0), 30)));
        return "session/list";
    }

    @GetMapping("/delegates/sessions/export")
    void export(DataScope userScope, @RequestParam(required = false) Integer year,
            @RequestParam(name = "org", required = false) Long org, HttpServletResponse response) {
        DataScope scope = orgFilter.narrow(userScope, org);
        XlsxExport.Table<DelegateSession> table = xlsx.<DelegateSession>table()
                .date("field.sessionHeldOn", DelegateSession::getHeldOn)
                .text("field.sessionKind", 12, s -> fmt.label(s.getKind()))
                .text("field.sessionTitle", 30, DelegateSession::getTitle)
                .text("field.organization", 24, s -> s.getOrganization().getName())
                .integer("field.sessionCalled", s -> s.getAttendance().size())
                .integer("field.sessionPresent", DelegateSession::presentCount);
        xlsx.send(response, "session.list", table, pageable -> delegates.sessions(scope, year, pageable));
    }

    @GetMapping("/delegates/attendance")
    String attendance(DataScope userScope, @RequestParam(required = false) Integer year,
            @RequestParam(name = "org", required = false) Long org, @RequestParam(defaultValue = "0") int page,
            Model model) {
        DataScope scope = orgFilter.narrow(userScope, org, model);
        int y = year == null ? delegates.today().getYear() : year;
        model.addAttribute("year", y);
        model.addAttribute("page", delegates.attendanceRates(scope, y, PageRequest.of(Math.max(page, 0), 50)));
        return "session/attendance";
    }

    @GetMapping("/delegates/attendance/export")
    void attendanceExport(DataScope userScope, @RequestParam(required = false) Integer year,
            @RequestParam(name = "org", required = false) Long org, HttpServletResponse response) {
        DataScope scope = orgFilter.narrow(userScope, org);
        int y = year == null ? delegates.today().getYear() : year;
        XlsxExport.Table<AttendanceRate> table = xlsx.<AttendanceRate>table()
                .text("field.member", 10, AttendanceRate::name)
                .text("field.organization", 24, AttendanceRate::organizationName)
                .integer("field.sessionCalled", AttendanceRate::called)
                .integer("field.sessionPresent", AttendanceRate::present)
                .decimal("field.sessionRate", AttendanceRate::percent);
        xlsx.send(response, "session.attendance", table, pageable -> delegates.attendanceRates(scope, y, pageable));
    }

    @GetMapping("/delegates/sessions/new")
    String newSession(DataScope scope, Model model) {
        SessionForm form = new SessionForm();
        form.setOrganizationId(scope.organizationId());
        form.setHeldOn(delegates.today());
        return form(scope, form, null, model);
    }

    @PostMapping("/delegates/sessions")
    String create(DataScope scope, @Valid @ModelAttribute("form") SessionForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (form.getOrganizationId() == null) {
            result.rejectValue("organizationId", "NotNull");
        }
        if (!result.hasErrors()) {
            try {
                long id = delegates.hold(scope, form.getToken(), form.getOrganizationId(), form.getKind(),
                        form.getHeldOn(), form.getTitle(), form.getNotes(), form.getPresentIds());
                redirect.addFlashAttribute("flash", "session.recorded");
                return "redirect:/delegates/sessions/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return form(scope, form, null, model);
    }

    @GetMapping("/delegates/sessions/{id}")
    String show(@PathVariable long id, DataScope scope, Model model) {
        DelegateSession s = delegates.session(scope, id);
        model.addAttribute("meeting", s);
        model.addAttribute("editable", scope.covers(s.getOrganization()));
        return "session/show";
    }

    @GetMapping("/delegates/sessions/{id}/edit")
    String edit(@PathVariable long id, DataScope scope, Model model) {
        DelegateSession s = editable(scope, id);
        return form(scope, SessionForm.of(s), s, model);
    }

    @PostMapping("/delegates/sessions/{id}")
    String update(@PathVariable long id, DataScope scope, @Valid @ModelAttribute("form") SessionForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        DelegateSession s = editable(scope, id);
        form.setOrganizationId(s.getOrganization().getId());
        if (!result.hasErrors()) {
            try {
                delegates.change(scope, id, form.getVersion(), form.getKind(), form.getHeldOn(), form.getTitle(),
                        form.getNotes(), form.getPresentIds());
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:/delegates/sessions/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            } catch (ObjectOptimisticLockingFailureException e) {
                result.reject("common.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        return form(scope, form, s, model);
    }

    @GetMapping("/delegates/sessions/{id}/history")
    String history(@PathVariable long id, DataScope scope, Model model) {
        model.addAttribute("meeting", delegates.session(scope, id));
        model.addAttribute("changes", history.of(DelegateSession.class, id, s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("sessionKind", s.getKind());
            m.put("sessionHeldOn", s.getHeldOn());
            m.put("sessionTitle", s.getTitle());
            m.put("notes", s.getNotes());
            return m;
        }));
        return "session/history";
    }

    /** A session is changed only by those whose scope holds the organization that held it. */
    private DelegateSession editable(DataScope scope, long id) {
        DelegateSession s = delegates.session(scope, id);
        if (!scope.covers(s.getOrganization())) {
            throw new NotFoundException("session", id);
        }
        return s;
    }

    private String form(DataScope scope, SessionForm form, DelegateSession session, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("meeting", session);
        model.addAttribute("kinds", SessionKind.values());
        if (session == null) {
            model.addAttribute("organizations", organizations.subtree(scope));
            model.addAttribute("delegates", delegates.delegates(scope));
        }
        return "session/form";
    }
}
