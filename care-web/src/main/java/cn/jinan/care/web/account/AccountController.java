package cn.jinan.care.web.account;

import cn.jinan.care.persistence.user.UserAccountService;
import cn.jinan.care.web.security.CareUser;
import cn.jinan.care.web.security.PasswordPolicy;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/account/password")
@RequiredArgsConstructor
class AccountController {

    private final UserAccountService users;
    private final PasswordEncoder passwordEncoder;

    @GetMapping
    String form(@ModelAttribute("form") PasswordForm form) {
        return "account/password";
    }

    @PostMapping
    String change(@AuthenticationPrincipal CareUser user, @Valid @ModelAttribute("form") PasswordForm form,
            BindingResult result, HttpSession session, RedirectAttributes redirect) {
        String hash = users.findByUsername(user.username()).orElseThrow().getPasswordHash();
        if (!result.hasFieldErrors("current") && !passwordEncoder.matches(form.getCurrent(), hash)) {
            result.rejectValue("current", "password.current-wrong");
        }
        if (!result.hasFieldErrors("password")) {
            PasswordPolicy.problem(form.getPassword(), user.username())
                    .ifPresent(key -> result.rejectValue("password", key, new Object[] {PasswordPolicy.MIN_LENGTH},
                            key));
        }
        if (!result.hasFieldErrors("password") && form.getPassword().equals(form.getCurrent())) {
            result.rejectValue("password", "password.same-as-current");
        }
        if (!result.hasFieldErrors("confirmation") && !form.getConfirmation().equals(form.getPassword())) {
            result.rejectValue("confirmation", "password.confirmation-mismatch");
        }
        if (result.hasErrors()) {
            form.setCurrent(null);
            form.setPassword(null);
            form.setConfirmation(null);
            return "account/password";
        }
        users.changeOwnPassword(user.username(), passwordEncoder.encode(form.getPassword()));
        cn.jinan.care.web.security.PasswordChange.done(session);
        redirect.addFlashAttribute("flash", "password.changed");
        return "redirect:/";
    }
}
