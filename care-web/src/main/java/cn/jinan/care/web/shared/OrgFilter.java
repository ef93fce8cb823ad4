package cn.jinan.care.web.shared;

import cn.jinan.care.persistence.organization.OrganizationService;
import cn.jinan.care.persistence.scope.DataScope;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The organization filter of the registers' lists: narrows the user's scope to a chosen organization's subtree. The
 * chosen organization is fetched within the user's scope, so choosing one outside it is a 404 and a filter can never
 * widen what the user sees.
 */
@Component
public class OrgFilter {

    private final OrganizationService organizations;

    public OrgFilter(OrganizationService organizations) {
        this.organizations = organizations;
    }

    /**
     * The scope to list in; also puts the picker's choices ({@code filterOrganizations}: the levels near the user's
     * organization and the chosen one's line and children, {@link OrganizationService#picker}) and {@code filterOrg}.
     */
    public DataScope narrow(DataScope scope, Long organizationId, Model model) {
        model.addAttribute("filterOrganizations", organizations.picker(scope, organizationId));
        model.addAttribute("filterOrg", organizationId);
        return narrow(scope, organizationId);
    }

    /** The scope to list in, for exports that need no picker. */
    public DataScope narrow(DataScope scope, Long organizationId) {
        return organizationId == null ? scope : DataScope.of(organizations.get(scope, organizationId));
    }
}
