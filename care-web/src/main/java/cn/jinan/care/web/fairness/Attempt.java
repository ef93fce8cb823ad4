package cn.jinan.care.web.fairness;

import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.web.shared.Forms;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.validation.BindingResult;

/** Runs a form's action unless the form has errors: a broken case rule becomes a form error, a stale form a 409. */
final class Attempt {

    private Attempt() {
    }

    static boolean succeeded(BindingResult result, HttpServletResponse response, Runnable action) {
        if (result.hasErrors()) {
            return false;
        }
        try {
            action.run();
            return true;
        } catch (DomainException e) {
            Forms.reject(result, e);
        } catch (ObjectOptimisticLockingFailureException e) {
            result.reject("common.conflict");
            response.setStatus(HttpServletResponse.SC_CONFLICT);
        }
        return false;
    }
}
