package cn.jinan.care.web.home;

import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.user.Role;
import cn.jinan.care.persistence.organization.OrganizationService;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.web.security.CareUser;
import lombok.RequiredArgsConstructor;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
@RequiredArgsConstructor
class HomeController {

    private final OrganizationService organizations;

    @GetMapping("/login")
    String login() {
        return "home/login";
    }

    @GetMapping("/")
    String home(@AuthenticationPrincipal CareUser user, DataScope scope, Model model) {
        if (user.role() == Role.AUDITOR) {
            return "redirect:/audit";
        }
        Organization org = organizations.get(scope, scope.organizationId());
        model.addAttribute("organization", org);
        model.addAttribute("activeMembers", organizations.activeMembers(org));
        model.addAttribute("children", organizations.children(scope, org.getId()));
        return "home/home";
    }
}
