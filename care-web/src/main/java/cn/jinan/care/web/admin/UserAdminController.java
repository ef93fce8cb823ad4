package cn.jinan.care.web.admin;

import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.domain.user.Role;
import cn.jinan.care.domain.user.UserAccount;
import cn.jinan.care.persistence.audit.HistoryService;
import cn.jinan.care.persistence.organization.OrganizationService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.user.UserAccountService;
import cn.jinan.care.web.shared.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.crypto.password.PasswordEncoder;
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
@RequestMapping("/admin/users")
@RequiredArgsConstructor
class UserAdminController {

    private final UserAccountService users;
    private final OrganizationService organizations;
    private final HistoryService history;
    private final PasswordEncoder passwordEncoder;

    @GetMapping
    String list(DataScope scope, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("page", users.list(scope, PageRequest.of(Math.max(page, 0), 30)));
        return "admin/users";
    }

    @GetMapping("/new")
    String newUser(DataScope scope, Model model) {
        return form(scope, new UserForm(), null, model);
    }

    @PostMapping
    String create(DataScope scope, @Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                String temporary = TemporaryPasswords.generate();
                UserAccount user = users.create(scope, form.getUsername(), form.getDisplayName(), form.getRole(),
                        form.getOrganizationId(), passwordEncoder.encode(temporary), true,
                        form.isCounselingPermission());
                redirect.addFlashAttribute("flash", "user.created");
                redirect.addFlashAttribute("temporaryPassword", temporary);
                return "redirect:/admin/users/" + user.getId() + "/edit";
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return form(scope, form, null, model);
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, DataScope scope, Model model) {
        UserAccount user = users.get(scope, id);
        return form(scope, UserForm.of(user), user, model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, DataScope scope, @Valid @ModelAttribute("form") UserForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        UserAccount user = users.get(scope, id);
        form.setUsername(user.getUsername());
        if (!result.hasErrors()) {
            try {
                users.update(scope, id, form.getVersion(), form.getDisplayName(), form.getRole(),
                        form.getOrganizationId(), form.isEnabled(), form.isCounselingPermission());
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:/admin/users";
            } catch (DomainException e) {
                Forms.reject(result, e);
            } catch (ObjectOptimisticLockingFailureException e) {
                result.reject("common.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        return form(scope, form, user, model);
    }

    @PostMapping("/{id}/password")
    String resetPassword(@PathVariable long id, DataScope scope, RedirectAttributes redirect) {
        String temporary = TemporaryPasswords.generate();
        users.resetPassword(scope, id, passwordEncoder.encode(temporary));
        redirect.addFlashAttribute("flash", "user.password-reset");
        redirect.addFlashAttribute("temporaryPassword", temporary);
        return "redirect:/admin/users/" + id + "/edit";
    }

    @GetMapping("/{id}/history")
    String history(@PathVariable long id, DataScope scope, Model model) {
        model.addAttribute("user", users.get(scope, id));
        model.addAttribute("changes", history.ofUser(id));
        return "admin/user-history";
    }

    private String form(DataScope scope, UserForm form, UserAccount user, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("user", user);
        model.addAttribute("roles", Role.values());
        model.addAttribute("organizations", organizations.subtree(scope));
        return "admin/user-form";
    }
}
