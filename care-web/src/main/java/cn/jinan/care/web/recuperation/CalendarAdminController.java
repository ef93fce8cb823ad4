package cn.jinan.care.web.recuperation;

import cn.jinan.care.domain.recuperation.CalendarDay;
import cn.jinan.care.domain.recuperation.CalendarDayKind;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.persistence.recuperation.HolidayCalendarService;
import cn.jinan.care.web.shared.Forms;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import lombok.RequiredArgsConstructor;
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
 * The holiday calendar working days are counted on (第21条), kept by administrators from each year's 国务院办公厅
 * notice: public holidays and 调休 make-up workdays, one row per day.
 */
@Controller
@RequestMapping("/admin/calendar")
@RequiredArgsConstructor
class CalendarAdminController {

    private final HolidayCalendarService calendar;
    private final Clock clock;

    @GetMapping
    String list(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        CalendarDayForm form = new CalendarDayForm();
        return page(y, form, model);
    }

    @PostMapping
    String add(@Valid @ModelAttribute("form") CalendarDayForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                CalendarDay day = calendar.add(form.getDate(), form.getKind(), form.getName(), form.getNote());
                redirect.addFlashAttribute("flash", "calendar.added");
                return "redirect:/admin/calendar?year=" + day.getDate().getYear();
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        int y = form.getDate() == null ? LocalDate.now(clock).getYear() : form.getDate().getYear();
        return page(y, form, model);
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        CalendarDay day = calendar.delete(id);
        redirect.addFlashAttribute("flash", "calendar.deleted");
        return "redirect:/admin/calendar?year=" + day.getDate().getYear();
    }

    private String page(int year, CalendarDayForm form, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("days", calendar.year(year));
        model.addAttribute("form", form);
        model.addAttribute("kinds", CalendarDayKind.values());
        return "admin/calendar";
    }
}
