package cn.jinan.care.web.honor;

import cn.jinan.care.domain.honor.Honor;
import cn.jinan.care.domain.honor.MedalRule;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.persistence.honor.MedalCandidate;
import cn.jinan.care.persistence.honor.MedalService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.web.shared.Forms;
import cn.jinan.care.web.shared.OrgFilter;
import cn.jinan.care.web.shared.XlsxExport;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The "光荣在党50年" medal of a year (R09-MEDAL-50, 第9条): who is due it, who is held back by a sanction's impact
 * period (R20-IMPACT-PERIOD) and why, who has it; the organization department awards it, one member or a batch.
 */
@Controller
@RequestMapping("/medals")
@RequiredArgsConstructor
class MedalController {

    /** The three lists of the page. */
    enum View {
        CANDIDATES, HELD_BACK, AWARDED
    }

    private final MedalService medals;
    private final OrgFilter orgFilter;
    private final XlsxExport xlsx;
    private final Clock clock;

    @GetMapping
    String list(DataScope userScope, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) View view, @RequestParam(name = "org", required = false) Long org,
            @RequestParam(defaultValue = "0") int page, Model model) {
        MedalAwardForm form = new MedalAwardForm();
        form.setYear(year == null ? today().getYear() : year);
        LocalDate counting = medals.rule(form.getYear()).countDate(form.getYear());
        form.setAwardedOn(counting.isAfter(today()) ? today() : counting);
        form.setAwardingBody("中共中央");
        return page(userScope, org, view, page, form, model);
    }

    @PostMapping("/award")
    String award(DataScope userScope, @Valid @ModelAttribute("form") MedalAwardForm form, BindingResult result,
            @RequestParam(name = "org", required = false) Long org, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                medals.award(userScope, form.getToken(), form.getYear(), form.chosen(), form.getAwardedOn(),
                        form.getAwardingBody(), form.getDocumentNumber());
                redirect.addFlashAttribute("flash", "medal.awarded");
                return "redirect:/medals?view=AWARDED&year=" + form.getYear();
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return page(userScope, org, View.CANDIDATES, 0, form, model);
    }

    @GetMapping("/export")
    void export(DataScope userScope, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) View view, @RequestParam(name = "org", required = false) Long org,
            HttpServletResponse response) {
        DataScope scope = orgFilter.narrow(userScope, org);
        int y = year == null ? today().getYear() : year;
        View v = view == null ? View.CANDIDATES : view;
        if (v == View.AWARDED) {
            XlsxExport.Table<Honor> table = xlsx.<Honor>table()
                    .text("field.member", 10, h -> h.getMember().getName())
                    .text("field.organization", 24, h -> h.getMember().getOrganization().getName())
                    .date("field.fullMemberDate", h -> h.getMember().getFullMemberDate())
                    .date("field.honorAwardedOn", Honor::getAwardedOn)
                    .text("field.honorAwardingBody", 20, Honor::getAwardingBody)
                    .text("field.honorDocumentNumber", 20, Honor::getDocumentNumber);
            xlsx.send(response, "medal.list.AWARDED", table, pageable -> medals.awarded(scope, y, pageable));
            return;
        }
        XlsxExport.Table<MedalCandidate> table = xlsx.<MedalCandidate>table()
                .text("field.member", 10, MedalCandidate::name)
                .text("field.organization", 24, MedalCandidate::organizationName)
                .date("field.admittedDate", MedalCandidate::admittedDate)
                .date("field.fullMemberDate", MedalCandidate::fullMemberDate)
                .integer("medal.party-age-on-count-day", MedalCandidate::partyAge);
        if (v == View.HELD_BACK) {
            table.date("field.sanctionImpactUntil", MedalCandidate::impactUntil);
            xlsx.send(response, "medal.list.HELD_BACK", table, pageable -> medals.heldBack(scope, y, pageable));
        } else {
            xlsx.send(response, "medal.list.CANDIDATES", table, pageable -> medals.candidates(scope, y, pageable));
        }
    }

    private String page(DataScope userScope, Long org, View view, int page, MedalAwardForm form, Model model) {
        DataScope scope = orgFilter.narrow(userScope, org, model);
        int year = form.getYear() == null ? today().getYear() : form.getYear();
        View v = view == null ? View.CANDIDATES : view;
        MedalRule rule = medals.rule(year);
        PageRequest pageable = PageRequest.of(Math.max(page, 0), 50);
        model.addAttribute("form", form);
        model.addAttribute("year", year);
        model.addAttribute("view", v);
        model.addAttribute("views", View.values());
        model.addAttribute("rule", rule);
        model.addAttribute("countDate", rule.countDate(year));
        model.addAttribute("org", org);
        switch (v) {
            case CANDIDATES -> model.addAttribute("page", medals.candidates(scope, year, pageable));
            case HELD_BACK -> model.addAttribute("page", medals.heldBack(scope, year, pageable));
            case AWARDED -> model.addAttribute("page", medals.awarded(scope, year, pageable));
        }
        return "medal/list";
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
