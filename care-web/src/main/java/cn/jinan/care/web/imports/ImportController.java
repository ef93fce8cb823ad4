package cn.jinan.care.web.imports;

import cn.jinan.care.domain.imports.ImportBatch;
import cn.jinan.care.domain.imports.ImportColumn;
import cn.jinan.care.domain.imports.ImportCounts;
import cn.jinan.care.domain.imports.ImportFileException;
import cn.jinan.care.domain.imports.ImportRows;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.persistence.imports.ImportBatchService;
import cn.jinan.care.persistence.imports.ImportPreview;
import cn.jinan.care.persistence.imports.ImportRefusedException;
import cn.jinan.care.persistence.imports.RosterLine;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Importing the roster ({@code /imports/roster}) and study hours ({@code /imports/study}): template, upload, preview,
 * error rows, commit. The uploaded file is kept in the database between the steps (any instance can serve the next
 * one); every step that shows or commits reads it again and checks it against the roster as it is then.
 */
@Controller
@RequestMapping("/imports")
@RequiredArgsConstructor
class ImportController {

    /** How many problems and lines a preview page lists; the error file has them all. */
    static final int SHOWN_ISSUES = 500;
    static final int SHOWN_LINES = 200;

    private final ImportFlows flows;
    private final ImportBatchService batches;
    private final ImportSheets sheets;
    private final ImportLimits limits;
    private final MessageSource messages;

    @GetMapping
    String index(DataScope scope, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", batches.recent(scope, PageRequest.of(Math.max(page, 0), 20)));
        model.addAttribute("pageBase", "/imports?page=");
        return "imports/index";
    }

    @GetMapping("/{kind}")
    String upload(@PathVariable String kind, Model model) {
        return flows.uploadPage(model, flows.get(kind), false, null);
    }

    @GetMapping("/{kind}/template.xlsx")
    void template(@PathVariable String kind, HttpServletResponse response) throws IOException {
        ImportFlow<?, ?> flow = flows.get(kind);
        download(response, message("imports." + flow.path() + ".template.file") + ".xlsx");
        sheets.template(flow, response.getOutputStream());
    }

    @PostMapping("/{kind}")
    String upload(@PathVariable String kind, DataScope scope,
            @RequestParam(name = "file", required = false) MultipartFile file,
            @RequestParam(defaultValue = "false") boolean updateExisting, Model model, HttpServletResponse response)
            throws IOException {
        ImportFlow<?, ?> flow = flows.get(kind);
        boolean updates = updateExisting && flow.offersUpdates();
        if (file == null || file.isEmpty()) {
            return flows.uploadPage(model, flow, updates, "imports.file.choose");
        }
        if (file.getSize() > limits.maxBytes()) {
            response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return flows.uploadPage(model, flow, updates, "imports.file.too-large", limits.maxMegabytes());
        }
        byte[] content = file.getBytes();
        String name = file.getOriginalFilename();
        try {
            ImportCounts counts = check(flow, scope, content, name, updates).counts();
            long id = batches.upload(scope, flow.kind(), name, content, updates, counts);
            return "redirect:/imports/" + flow.path() + "/" + id;
        } catch (ImportFileException e) {
            return flows.uploadPage(model, flow, updates, e.getMessageKey(), e.getArguments());
        }
    }

    @GetMapping("/{kind}/{id}")
    String show(@PathVariable String kind, @PathVariable long id, DataScope scope, Model model) {
        ImportFlow<?, ?> flow = flows.get(kind);
        ImportBatch batch = batches.get(scope, flow.kind(), id);
        if (batch.isCommitted()) {
            return committed(flow, batch, null, model);
        }
        try {
            return preview(flow, batch, check(flow, scope, batch), null, model);
        } catch (ImportFileException e) {
            return flows.uploadPage(model, flow, batch.isUpdateExisting(), e.getMessageKey(), e.getArguments());
        }
    }

    /** Checks the file again with or without updates of existing records. */
    @PostMapping("/{kind}/{id}/check")
    String recheck(@PathVariable String kind, @PathVariable long id, DataScope scope,
            @RequestParam(defaultValue = "false") boolean updateExisting) {
        ImportFlow<?, ?> flow = flows.get(kind);
        ImportBatch batch = batches.get(scope, flow.kind(), id);
        if (!batch.isCommitted()) {
            boolean updates = updateExisting && flow.offersUpdates();
            ImportCounts counts = check(flow, scope, batch.content(), batch.getFileName(), updates).counts();
            batches.checked(scope, flow.kind(), id, counts, updates);
        }
        return "redirect:/imports/" + flow.path() + "/" + id;
    }

    @PostMapping("/{kind}/{id}/commit")
    String commit(@PathVariable String kind, @PathVariable long id, DataScope scope,
            @ModelAttribute("expected") ImportCounts expected, Model model, RedirectAttributes redirect,
            HttpServletResponse response) {
        ImportFlow<?, ?> flow = flows.get(kind);
        ImportBatch batch = batches.get(scope, flow.kind(), id);
        if (batch.isCommitted()) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return committed(flow, batch, "imports.batch.committed", model);
        }
        try {
            commit(flow, scope, batch, expected);
            redirect.addFlashAttribute("flash", "imports.committed");
            return "redirect:/imports/" + flow.path() + "/" + id;
        } catch (ImportRefusedException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return preview(flow, batch, e.preview(), e.messageKey(), model);
        } catch (ImportFileException e) {
            return flows.uploadPage(model, flow, batch.isUpdateExisting(), e.getMessageKey(), e.getArguments());
        } catch (DomainException e) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            ImportBatch now = batches.get(scope, flow.kind(), id);
            if (now.isCommitted()) {
                return committed(flow, now, e.getMessageKey(), model);
            }
            return preview(flow, now, check(flow, scope, now), e.getMessageKey(), model);
        }
    }

    @PostMapping("/{kind}/{id}/discard")
    String discard(@PathVariable String kind, @PathVariable long id, DataScope scope, RedirectAttributes redirect) {
        ImportFlow<?, ?> flow = flows.get(kind);
        if (!batches.get(scope, flow.kind(), id).isCommitted()) {
            batches.discard(scope, flow.kind(), id);
            redirect.addFlashAttribute("flash", "imports.discarded");
        }
        return "redirect:/imports/" + flow.path();
    }

    /** The rows with problems, as uploaded, with the reasons: to correct and upload again. */
    @GetMapping("/{kind}/{id}/errors.xlsx")
    void errors(@PathVariable String kind, @PathVariable long id, DataScope scope, HttpServletResponse response)
            throws IOException {
        ImportFlow<?, ?> flow = flows.get(kind);
        ImportBatch batch = batches.get(scope, flow.kind(), id);
        if (batch.isCommitted()) {
            // a committed batch had no errors, and its file is gone
            throw new NotFoundException("import errors", id);
        }
        String base = batch.getFileName().replaceFirst("\\.[A-Za-z0-9]{1,5}$", "");
        download(response, base + "-" + message("imports.errors.file") + ".xlsx");
        errorFile(flow, scope, batch, response);
    }

    private <C extends Enum<C> & ImportColumn, L> ImportPreview<L> check(ImportFlow<C, L> flow, DataScope scope,
            byte[] content, String fileName, boolean updateExisting) {
        ImportRows<C> rows = sheets.rows(flow, content, fileName);
        return flow.preview(scope, rows, updateExisting);
    }

    private ImportPreview<?> check(ImportFlow<?, ?> flow, DataScope scope, ImportBatch batch) {
        return check(flow, scope, batch.content(), batch.getFileName(), batch.isUpdateExisting());
    }

    private <C extends Enum<C> & ImportColumn, L> void commit(ImportFlow<C, L> flow, DataScope scope,
            ImportBatch batch, ImportCounts expected) {
        ImportRows<C> rows = sheets.rows(flow, batch.content(), batch.getFileName());
        flow.commit(scope, batch.getId(), rows, expected);
    }

    private <C extends Enum<C> & ImportColumn, L> void errorFile(ImportFlow<C, L> flow, DataScope scope,
            ImportBatch batch, HttpServletResponse response) throws IOException {
        ImportRows<C> rows = sheets.rows(flow, batch.content(), batch.getFileName());
        ImportPreview<L> preview = flow.preview(scope, rows, batch.isUpdateExisting());
        sheets.errorRows(flow, rows, preview.issues(), response.getOutputStream());
    }

    private String preview(ImportFlow<?, ?> flow, ImportBatch batch, ImportPreview<?> preview, String refusal,
            Model model) {
        model.addAttribute("flow", flow);
        model.addAttribute("batch", batch);
        model.addAttribute("preview", preview);
        model.addAttribute("counts", preview.counts());
        model.addAttribute("issues", preview.issues().stream().limit(SHOWN_ISSUES).toList());
        model.addAttribute("updates", preview.lines().stream()
                .filter(l -> l instanceof RosterLine r && r.outcome() == RosterLine.Outcome.UPDATE)
                .limit(SHOWN_ISSUES).toList());
        model.addAttribute("lines", preview.lines().stream()
                .filter(l -> !(l instanceof RosterLine r) || r.outcome() == RosterLine.Outcome.NEW)
                .limit(SHOWN_LINES).toList());
        model.addAttribute("refusal", refusal);
        return "imports/preview";
    }

    private String committed(ImportFlow<?, ?> flow, ImportBatch batch, String refusal, Model model) {
        model.addAttribute("flow", flow);
        model.addAttribute("batch", batch);
        model.addAttribute("counts", batch.counts());
        model.addAttribute("refusal", refusal);
        return "imports/committed";
    }

    private static void download(HttpServletResponse response, String filename) {
        response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    private String message(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
