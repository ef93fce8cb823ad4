package cn.jinan.care.persistence.organization;

/** A child in the tree browser, with how many organizations sit directly below it and the active members of its subtree. */
public interface OrgNode {
    Long getId();

    String getCode();

    String getName();

    String getLevel();

    Boolean getActive();

    Long getChildCount();

    Long getMemberCount();
}
