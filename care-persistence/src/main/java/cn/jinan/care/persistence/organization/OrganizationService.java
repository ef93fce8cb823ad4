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
import java.util.Map;
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

    /** The organization with this id if it lies in the scope, else empty. */
    public java.util.Optional<Organization> find(DataScope scope, long id) {
        return organizations.findInScope(id, scope.likePattern());
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

    /**
     * How many levels below the user's own organization a filter's picker lists at once: a district's officer sees its
     * streets and their general branches, not every one of its thousands of branches (the city's whole tree is 25,000
     * organizations, too many for one drop-down). Deeper ones are reached step by step: the chosen organization's
     * children are listed too.
     */
    public static final int PICKER_LEVELS = 2;

    /**
     * The choices of an organization filter: the scope's organization and {@link #PICKER_LEVELS} levels below it, plus
     * the chosen organization's line from the scope down and its children; along the tree. A chosen organization
     * outside the scope is a 404 ({@link #get}).
     */
    public List<Organization> picker(DataScope scope, Long chosenId) {
        Organization root = get(scope, scope.organizationId());
        Map<Long, Organization> choices = new java.util.LinkedHashMap<>();
        organizations.findSubtreeToDepth(scope.likePattern(), root.getDepth() + PICKER_LEVELS)
                .forEach(o -> choices.put(o.getId(), o));
        if (chosenId != null) {
            Organization chosen = get(scope, chosenId);
            lineage(scope, chosen).forEach(o -> choices.putIfAbsent(o.getId(), o));
            organizations.findByParent(chosen.getId()).forEach(o -> choices.putIfAbsent(o.getId(), o));
        }
        List<Organization> list = new ArrayList<>(choices.values());
        list.sort(java.util.Comparator.comparing(Organization::getPath));
        return list;
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
