package cn.jinan.care.web.shared;

import cn.jinan.care.persistence.obligation.Logged;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The message after logging a record, and which to-do it completed (rule code and article), if any. */
public final class RecordFlash {

    private RecordFlash() {
    }

    public static void logged(RedirectAttributes redirect, String messageKey, Logged logged) {
        redirect.addFlashAttribute("flash", messageKey);
        logged.fulfilled().ifPresent(o -> {
            redirect.addFlashAttribute("fulfilledRule", o.getRule().code());
            redirect.addFlashAttribute("fulfilledArticle", o.getRule().article());
            redirect.addFlashAttribute("fulfilledLate", o.isLate());
        });
    }
}
