package cn.jinan.care.domain.organization;

import cn.jinan.care.domain.shared.BaseEntity;
import cn.jinan.care.domain.shared.DomainException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.hibernate.envers.Audited;

/**
 * A party organization. Its {@code path} lists the ids from the root down to itself ({@code /1/12/345/}), so "the
 * subtree of X" is a prefix match on an index, and a new child is in its parents' subtrees the moment it is saved.
 */
@Entity
@Table(name = "organization")
@Audited
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Organization extends BaseEntity {

    public static final String PATH_SEPARATOR = "/";

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OrgLevel level;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Organization parent;

    /** Ids from the root to this organization, e.g. {@code /1/12/345/}; set once the id is known. */
    @Column(nullable = false, length = 400)
    private String path;

    @Column(nullable = false)
    private int depth;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Column(nullable = false)
    private boolean active = true;

    /** The root of the tree: the municipal committee. */
    public static Organization root(String code, String name) {
        Organization org = new Organization();
        org.code = requireCode(code);
        org.name = requireName(name);
        org.level = OrgLevel.MUNICIPAL;
        org.path = PATH_SEPARATOR;
        return org;
    }

    /** A new organization under {@code parent}; its path is fixed by {@link #assignPath()} once it has an id. */
    public static Organization under(Organization parent, String code, String name, OrgLevel level, int sortOrder) {
        if (parent == null) {
            throw DomainException.onField("parentId", "organization.parent.required");
        }
        if (!level.mayBeUnder(parent.level)) {
            throw DomainException.onField("level", "organization.level.not-under", parent.level);
        }
        Organization org = new Organization();
        org.code = requireCode(code);
        org.name = requireName(name);
        org.level = level;
        org.parent = parent;
        org.depth = parent.depth + 1;
        org.sortOrder = sortOrder;
        org.path = parent.path;
        return org;
    }

    /** Completes the path with the organization's own id; called right after the id is generated. */
    public void assignPath() {
        if (getId() == null) {
            throw new IllegalStateException("assignPath needs the id");
        }
        String parentPath = parent == null ? PATH_SEPARATOR : parent.getPath();
        path = parentPath + getId() + PATH_SEPARATOR;
    }

    public void rename(String newName) {
        this.name = requireName(newName);
    }

    public void changeCode(String newCode) {
        this.code = requireCode(newCode);
    }

    public void reorder(int newSortOrder) {
        this.sortOrder = newSortOrder;
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    /** Whether {@code other} is this organization or one below it. */
    public boolean covers(Organization other) {
        return other != null && other.getPath().startsWith(path);
    }

    /** The id of the parent without loading it. */
    public Long getParentId() {
        return parent == null ? null : parent.getId();
    }

    private static String requireCode(String code) {
        if (code == null || code.isBlank()) {
            throw DomainException.onField("code", "organization.code.required");
        }
        return code.strip();
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw DomainException.onField("name", "organization.name.required");
        }
        return name.strip();
    }
}
