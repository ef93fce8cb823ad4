package cn.jinan.care.web.audit;

import cn.jinan.care.persistence.audit.AuditTrailService;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The audit trail, for auditors only: what was changed by whom, and who read which sensitive record. */
@Controller
@RequestMapping("/audit")
@RequiredArgsConstructor
class AuditController {

    private final AuditTrailService trail;

    @GetMapping
    String revisions(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", trail.revisions(PageRequest.of(Math.max(page, 0), 50)));
        return "audit/revisions";
    }

    @GetMapping("/reads")
    String reads(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", trail.sensitiveReads(PageRequest.of(Math.max(page, 0), 50)));
        return "audit/reads";
    }
}
