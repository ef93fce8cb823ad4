package cn.jinan.care.persistence.organization;

import cn.jinan.care.persistence.shared.Versions;
import cn.jinan.care.domain.organization.OrgLevel;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.DomainException;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.NotFoundException;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and changes the organization tree within a data scope. */
@Service
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final EntityManager entityManager;

    /** The organization with this id if it lies in the scope. */
    public Organization get(DataScope scope, long id) {
        return organizations.findInScope(id, scope.likePattern())
                .orElseThrow(() -> new NotFoundException("organization", id));
    }

    public List<OrgNode> children(DataScope scope, long parentId) {
        get(scope, parentId);
        return organizations.findChildren(parentId);
    }

    /** The organizations from the scope's root down to {@code org}, for a breadcrumb. */
    public List<Organization> lineage(DataScope scope, Organization org) {
        List<Long> ids = Arrays.stream(org.getPath().split(Organization.PATH_SEPARATOR))
                .filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
        List<Organization> all = organizations.findAllById(ids);
        List<Organization> ordered = new ArrayList<>();
        for (Long id : ids) {
            all.stream().filter(o -> o.getId().equals(id) && scope.covers(o)).findFirst().ifPresent(ordered::add);
        }
        return ordered;
    }

    /** Every organization in the scope, ordered along the tree, for pickers. */
    public List<Organization> subtree(DataScope scope) {
        return organizations.findSubtree(scope.likePattern());
    }

    /** The organizations in scope that keep members, for the roster form's organization picker. */
    public List<Organization> memberHolders(DataScope scope) {
        return organizations.findSubtreeOfLevels(scope.likePattern(),
                Arrays.stream(OrgLevel.values()).filter(OrgLevel::holdsMembers).toList());
    }

    public long activeMembers(Organization org) {
        return organizations.countActiveMembers(org.getPath() + "%");
    }

    /** Adds an organization under a parent in scope. */
    @Transactional
    public Organization create(DataScope scope, long parentId, String code, String name, OrgLevel level,
            int sortOrder) {
        Organization parent = get(scope, parentId);
        if (code != null && organizations.existsByCode(code.strip())) {
            throw DomainException.onField("code", "organization.code.taken");
        }
        Organization org = Organization.under(parent, code, name, level, sortOrder);
        entityManager.persist(org);
        org.assignPath();
        return org;
    }

    /** Renames or re-codes an organization in scope. */
    @Transactional
    public Organization update(DataScope scope, long id, long expectedVersion, String code, String name,
            int sortOrder, boolean active) {
        Organization org = get(scope, id);
        Versions.require(org, expectedVersion);
        if (!org.getCode().equals(code == null ? null : code.strip()) && organizations.existsByCode(code.strip())) {
            throw DomainException.onField("code", "organization.code.taken");
        }
        org.changeCode(code);
        org.rename(name);
        org.reorder(sortOrder);
        if (active) {
            org.activate();
        } else {
            org.deactivate();
        }
        return org;
    }

    /** Creates the root of the tree; used once, by start-up and demo code. */
    @Transactional
    public Organization createRoot(String code, String name) {
        Organization root = Organization.root(code, name);
        entityManager.persist(root);
        root.assignPath();
        return root;
    }

    /** Adds an organization without a scope check; used by start-up and demo code only. */
    @Transactional
    public Organization createUnder(Organization parent, String code, String name, OrgLevel level, int sortOrder) {
        Organization org = Organization.under(parent, code, name, level, sortOrder);
        entityManager.persist(org);
        org.assignPath();
        return org;
    }
}
