package cn.jinan.care.web.report;

import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.report.ReportFormat;
import cn.jinan.care.domain.report.ReportJob;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.persistence.compliance.ComplianceService;
import cn.jinan.care.persistence.organization.OrganizationService;
import cn.jinan.care.persistence.report.ReportJobService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.reports.yearly.YearlyReport;
import cn.jinan.care.web.security.CareUser;
import cn.jinan.care.web.shared.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 年度报表: a user of the organization department, an administrator or a branch secretary asks for a yearly report of
 * an organization in their scope; it is written in the background and listed with its progress until it can be
 * downloaded. Every job, its status and its file are the asker's own: anyone else's id is not found. A report of few
 * members can also be downloaded at once.
 */
@Controller
@RequestMapping("/reports")
@RequiredArgsConstructor
class ReportController {

    private final ReportJobService jobs;
    private final ReportJobs runner;
    private final ReportWriting writing;
    private final ComplianceService compliance;
    private final OrganizationService organizations;
    private final ReportSettings settings;
    private final MessageSource messages;
    private final Clock clock;

    @GetMapping
    String page(DataScope scope, @AuthenticationPrincipal CareUser user, @ModelAttribute("form") ReportForm form,
            Model model) {
        compliance.ensureCurrent(LocalDate.now(clock));
        List<Integer> years = compliance.builtYears();
        if (form.getYear() == null && !years.isEmpty()) {
            form.setYear(years.get(0));
        }
        return page(scope, user, form, years, model);
    }

    @PostMapping("/jobs")
    String start(DataScope scope, @AuthenticationPrincipal CareUser user, @Valid @ModelAttribute("form") ReportForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                long org = form.getOrg() == null ? scope.organizationId() : form.getOrg();
                ReportJob job = jobs.queue(user.id(), scope, org, form.getYear(), form.getFormat(),
                        LocaleContextHolder.getLocale().toLanguageTag());
                redirect.addFlashAttribute("flash", runner.submit(job.getId()) ? "report.queued" : "report.busy");
                redirect.addAttribute("year", form.getYear());
                if (form.getOrg() != null) {
                    redirect.addAttribute("org", form.getOrg());
                }
                return "redirect:/reports";
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return page(scope, user, form, compliance.builtYears(), model);
    }

    /** The user's jobs as they stand, for the page's progress bars (polled every second while one runs). */
    @GetMapping(value = "/jobs.json", produces = "application/json")
    @ResponseBody
    List<JobView> status(@AuthenticationPrincipal CareUser user) {
        Locale locale = LocaleContextHolder.getLocale();
        return jobs.mine(user.id()).stream().map(job -> JobView.of(job, messages, locale)).toList();
    }

    @GetMapping("/jobs/{id}/download")
    void download(@PathVariable long id, DataScope scope, @AuthenticationPrincipal CareUser user,
            HttpServletResponse response) throws IOException {
        ReportJob job = jobs.mine(user.id(), id);
        Path file = job.isDone() ? runner.file(job) : null;
        if (file == null || !Files.isRegularFile(file)) {
            throw new cn.jinan.care.persistence.shared.NotFoundException("report file", id);
        }
        Organization org = organizations.get(scope, job.getOrganizationId());
        String name = messages.getMessage("report.file-name", new Object[] {org.getName(), job.getYear()},
                Locale.forLanguageTag(job.getLanguage()));
        attachment(response, job.getFormat(), name);
        response.setContentLengthLong(Files.size(file));
        try (InputStream in = Files.newInputStream(file); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    /** A report of few members written straight into the response, without a job. */
    @GetMapping("/download")
    ModelAndView direct(DataScope scope, @AuthenticationPrincipal CareUser user,
            @Valid @ModelAttribute("form") ReportForm form, BindingResult result, Model model,
            HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        if (!result.hasErrors()) {
            try {
                long org = form.getOrg() == null ? scope.organizationId() : form.getOrg();
                jobs.requireBuilt(form.getYear());
                YearlyReport report = writing.load(scope, org, form.getYear(), user.role());
                if (writing.rows(scope, org, report, ReportFormat.XLSX) > settings.directLimit()) {
                    redirect.addFlashAttribute("flash", "report.direct.too-large");
                    redirect.addAttribute("year", form.getYear());
                    redirect.addAttribute("org", org);
                    return new ModelAndView("redirect:/reports");
                }
                Locale locale = LocaleContextHolder.getLocale();
                attachment(response, form.getFormat(), writing.fileName(report, locale));
                writing.write(scope, org, report, form.getFormat(), locale, response.getOutputStream(),
                        Integer.MAX_VALUE, rows -> { });
                // written: no view (a null ModelAndView marks the request handled)
                return null;
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return new ModelAndView(page(scope, user, form, compliance.builtYears(), model));
    }

    private String page(DataScope scope, CareUser user, ReportForm form, List<Integer> years, Model model) {
        List<Organization> choices = organizations.picker(scope, form.getOrg());
        Map<Long, String> names = choices.stream().collect(Collectors.toMap(Organization::getId,
                Organization::getName, (a, b) -> a));
        long org = form.getOrg() == null ? scope.organizationId() : organizations.get(scope, form.getOrg()).getId();
        List<ReportJob> mine = jobs.mine(user.id());
        for (ReportJob job : mine) {
            if (!names.containsKey(job.getOrganizationId())) {
                organizations.find(scope, job.getOrganizationId())
                        .ifPresent(o -> names.put(o.getId(), o.getName()));
            }
        }
        model.addAttribute("years", years);
        model.addAttribute("formats", ReportFormat.values());
        model.addAttribute("filterOrganizations", choices);
        model.addAttribute("filterOrg", form.getOrg());
        model.addAttribute("orgNames", names);
        model.addAttribute("jobs", mine);
        model.addAttribute("keepDays", settings.keepDays());
        model.addAttribute("keep", Duration.ofDays(settings.keepDays()));
        model.addAttribute("direct", form.getYear() != null && years.contains(form.getYear())
                && writing.memberCount(scope, org, form.getYear()) <= settings.directLimit());
        return "report/page";
    }

    private static void attachment(HttpServletResponse response, ReportFormat format, String name) {
        response.setContentType(format.mediaType());
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                .filename(name + "." + format.extension(), StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    /** A job as the page's script sees it. */
    record JobView(long id, String status, String statusLabel, long rowsDone, long rowsTotal, String rowsText,
            boolean finished, String error, String downloadUrl) {

        static JobView of(ReportJob job, MessageSource messages, Locale locale) {
            String error = job.getError() == null ? null : messages.getMessage(job.getError(), null, job.getError(),
                    locale);
            return new JobView(job.getId(), job.getStatus().name(),
                    messages.getMessage("report.job.status." + job.getStatus().name(), null, locale),
                    job.getRowsDone(), job.getRowsTotal(),
                    messages.getMessage("report.jobs.rows", new Object[] {job.getRowsDone(), job.getRowsTotal()},
                            locale),
                    job.getStatus().finished(), error, job.isDone() ? "/reports/jobs/" + job.getId() + "/download" : null);
        }
    }
}
