package cn.jinan.care.web.lecture;

import cn.jinan.care.domain.lecture.Lecture;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.member.MemberStatus;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.persistence.audit.HistoryService;
import cn.jinan.care.persistence.lecture.LectureService;
import cn.jinan.care.persistence.member.MemberSearch;
import cn.jinan.care.persistence.member.MemberService;
import cn.jinan.care.persistence.organization.OrganizationService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.web.shared.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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
@RequestMapping("/lectures")
@RequiredArgsConstructor
class LectureController {

    private final LectureService lectures;
    private final MemberService members;
    private final OrganizationService organizations;
    private final HistoryService history;
    private final Clock clock;

    @GetMapping
    String list(DataScope scope, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", lectures.inScope(scope, PageRequest.of(Math.max(page, 0), 30)));
        return "lecture/list";
    }

    /** The lecture form, pre-filled with the speaker from a leading cadre's member page ({@code speaker}). */
    @GetMapping("/new")
    String newLecture(DataScope scope, @RequestParam(name = "speaker", required = false) Long speakerId,
            Model model) {
        LectureForm form = new LectureForm();
        form.setDate(LocalDate.now(clock));
        if (speakerId != null) {
            form.setSpeakerId(members.get(scope, speakerId).getId());
        }
        return form(scope, form, null, model);
    }

    @PostMapping
    String create(DataScope scope, @Valid @ModelAttribute("form") LectureForm form, BindingResult result,
            Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                lectures.log(scope, form.getToken(), form.getSpeakerId(), form.getVenueId(), form.getDate(),
                        form.getTopic(), form.getAudienceSize());
                redirect.addFlashAttribute("flash", "lecture.logged");
                return "redirect:/members/" + form.getSpeakerId();
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return form(scope, form, null, model);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, DataScope scope, Model model) {
        model.addAttribute("lecture", lectures.get(scope, id));
        return "lecture/show";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, DataScope scope, Model model) {
        Lecture lecture = lectures.get(scope, id);
        return form(scope, LectureForm.of(lecture), lecture, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, DataScope scope, @Valid @ModelAttribute("form") LectureForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Lecture lecture = lectures.get(scope, id);
        form.setSpeakerId(lecture.getSpeaker().getId());
        if (!result.hasErrors()) {
            try {
                lectures.change(scope, id, form.getVersion(), form.getSpeakerId(), form.getVenueId(), form.getDate(),
                        form.getTopic(), form.getAudienceSize());
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:/lectures/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            } catch (ObjectOptimisticLockingFailureException e) {
                result.reject("common.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        return form(scope, form, lecture, model);
    }

    @GetMapping("/{id}/history")
    String history(@PathVariable long id, DataScope scope, Model model) {
        model.addAttribute("lecture", lectures.get(scope, id));
        model.addAttribute("changes", history.ofLecture(id));
        return "lecture/history";
    }

    private String form(DataScope scope, LectureForm form, Lecture lecture, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("lecture", lecture);
        // 第4条: lectures are given by leading cadres, at grassroots organizations of the scope
        model.addAttribute("venues", organizations.subtree(scope));
        if (form.getSpeakerId() != null) {
            Member speaker = members.get(scope, form.getSpeakerId());
            model.addAttribute("speaker", speaker);
        } else {
            model.addAttribute("speakers", speakers(scope));
        }
        return "lecture/form";
    }

    /**
     * The leading cadres of the scope, for the speaker picker; empty when there are more than a picker lists (the
     * speaker is then opened from the roster). Searched by the flag rather than filtered from
     * {@link MemberService#picker}, whose limit counts every member: a district has more members than a picker
     * lists, but few enough cadres.
     */
    private List<Member> speakers(DataScope scope) {
        MemberSearch cadres = new MemberSearch(null, null, MemberStatus.ACTIVE, null, MemberSearch.Flag.LEADING_CADRE);
        Page<Member> page = members.search(scope, cadres, PageRequest.of(0, MemberService.PICKER_LIMIT,
                Sort.by("organization.code", "name", "id")));
        return page.getTotalElements() > MemberService.PICKER_LIMIT ? List.of() : page.getContent();
    }
}
