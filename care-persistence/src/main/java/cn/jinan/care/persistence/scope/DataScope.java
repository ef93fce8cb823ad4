package cn.jinan.care.persistence.scope;

import cn.jinan.care.domain.organization.Organization;
import java.util.Objects;

/**
 * The part of the organization tree a user works on: the subtree under one organization, identified by its
 * materialized path. Built fresh for each request from the user's organization, so an organization added below it is
 * in scope at once and a member moved out of it is out of scope at once.
 */
public record DataScope(long organizationId, String path) {

    public DataScope {
        Objects.requireNonNull(path, "path");
        if (!path.startsWith(Organization.PATH_SEPARATOR) || !path.endsWith(Organization.PATH_SEPARATOR)) {
            throw new IllegalArgumentException("not a tree path: " + path);
        }
    }

    public static DataScope of(Organization organization) {
        return new DataScope(organization.getId(), organization.getPath());
    }

    /** Whether an organization with this path lies in the scope. */
    public boolean covers(String organizationPath) {
        return organizationPath != null && organizationPath.startsWith(path);
    }

    public boolean covers(Organization organization) {
        return organization != null && covers(organization.getPath());
    }

    /** The LIKE pattern that matches the scope's paths (paths hold only digits and slashes: nothing to escape). */
    public String likePattern() {
        return path + "%";
    }
}
