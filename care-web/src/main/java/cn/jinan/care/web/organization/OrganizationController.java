package cn.jinan.care.web.organization;

import cn.jinan.care.domain.organization.OrgLevel;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.persistence.audit.HistoryService;
import cn.jinan.care.persistence.organization.OrganizationService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.web.shared.Forms;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Arrays;
import lombok.RequiredArgsConstructor;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/organizations")
@RequiredArgsConstructor
class OrganizationController {

    private final OrganizationService organizations;
    private final HistoryService history;

    @GetMapping
    String root(DataScope scope) {
        return "redirect:/organizations/" + scope.organizationId();
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, DataScope scope, Model model) {
        Organization org = organizations.get(scope, id);
        model.addAttribute("organization", org);
        model.addAttribute("lineage", organizations.lineage(scope, org));
        model.addAttribute("children", organizations.children(scope, id));
        model.addAttribute("activeMembers", organizations.activeMembers(org));
        return "organization/show";
    }

    /** The children of a node as an HTML fragment, for expanding the tree in place. */
    @GetMapping("/{id}/children")
    String children(@PathVariable long id, DataScope scope, Model model) {
        model.addAttribute("children", organizations.children(scope, id));
        return "organization/tree :: nodes";
    }

    @GetMapping("/{id}/history")
    String history(@PathVariable long id, DataScope scope, Model model) {
        model.addAttribute("organization", organizations.get(scope, id));
        model.addAttribute("changes", history.ofOrganization(id));
        return "organization/history";
    }

    @GetMapping("/{id}/children/new")
    String newChild(@PathVariable long id, DataScope scope, Model model) {
        Organization parent = organizations.get(scope, id);
        OrganizationForm form = new OrganizationForm();
        form.setLevel(Arrays.stream(OrgLevel.values()).filter(l -> l.mayBeUnder(parent.getLevel())).findFirst()
                .orElse(OrgLevel.GROUP));
        return childForm(parent, form, model);
    }

    @PostMapping("/{id}/children")
    String createChild(@PathVariable long id, DataScope scope, @Valid @ModelAttribute("form") OrganizationForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Organization parent = organizations.get(scope, id);
        if (!result.hasErrors()) {
            try {
                Organization created = organizations.create(scope, id, form.getCode(), form.getName(),
                        form.getLevel(), form.getSortOrder());
                redirect.addFlashAttribute("flash", "organization.created");
                return "redirect:/organizations/" + created.getId();
            } catch (DomainException e) {
                Forms.reject(result, e);
            }
        }
        return childForm(parent, form, model);
    }

    private String childForm(Organization parent, OrganizationForm form, Model model) {
        model.addAttribute("parent", parent);
        model.addAttribute("form", form);
        model.addAttribute("levels", Arrays.stream(OrgLevel.values()).filter(l -> l.mayBeUnder(parent.getLevel()))
                .toList());
        return "organization/form";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, DataScope scope, Model model) {
        Organization org = organizations.get(scope, id);
        return editForm(org, OrganizationForm.of(org), model);
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, DataScope scope, @Valid @ModelAttribute("form") OrganizationForm form,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response) {
        Organization org = organizations.get(scope, id);
        if (!result.hasErrors()) {
            try {
                organizations.update(scope, id, form.getVersion(), form.getCode(), form.getName(),
                        form.getSortOrder(), form.isActive());
                redirect.addFlashAttribute("flash", "common.saved");
                return "redirect:/organizations/" + id;
            } catch (DomainException e) {
                Forms.reject(result, e);
            } catch (ObjectOptimisticLockingFailureException e) {
                result.reject("common.conflict");
                response.setStatus(HttpServletResponse.SC_CONFLICT);
            }
        }
        form.setLevel(org.getLevel());
        return editForm(org, form, model);
    }

    private String editForm(Organization org, OrganizationForm form, Model model) {
        model.addAttribute("organization", org);
        model.addAttribute("form", form);
        return "organization/edit";
    }
}
