package cn.jinan.care.web.imports;

import cn.jinan.care.persistence.shared.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The import flows by their path segment, and the upload page they share. */
@Component
class ImportFlows {

    static final String UPLOAD_VIEW = "imports/upload";

    private final Map<String, ImportFlow<?, ?>> byPath = new LinkedHashMap<>();
    private final ImportLimits limits;

    ImportFlows(List<ImportFlow<?, ?>> flows, ImportLimits limits) {
        flows.forEach(flow -> byPath.put(flow.path(), flow));
        this.limits = limits;
    }

    /** The flow of {@code /imports/{path}}; an unknown path is not found. */
    ImportFlow<?, ?> get(String path) {
        ImportFlow<?, ?> flow = byPath.get(path);
        if (flow == null) {
            throw new NotFoundException("import", path);
        }
        return flow;
    }

    /** The flow a request path belongs to: {@code /imports/study…} or else the roster's. */
    ImportFlow<?, ?> forRequestPath(String requestPath) {
        return byPath.keySet().stream().filter(p -> requestPath != null && requestPath.contains("/imports/" + p))
                .findFirst().map(byPath::get).orElse(byPath.get("roster"));
    }

    /** The upload page, with a refusal ({@code errorKey} and its arguments) when there is one. */
    String uploadPage(Model model, ImportFlow<?, ?> flow, boolean updateExisting, String errorKey,
            Object... errorArgs) {
        model.addAttribute("flow", flow);
        model.addAttribute("maxMegabytes", limits.maxMegabytes());
        model.addAttribute("maxBytes", limits.maxBytes());
        model.addAttribute("maxRows", limits.maxRows());
        model.addAttribute("updateExisting", updateExisting);
        model.addAttribute("errorKey", errorKey);
        model.addAttribute("errorArgs", errorArgs);
        return UPLOAD_VIEW;
    }
}
