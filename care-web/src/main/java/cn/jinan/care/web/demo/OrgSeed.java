package cn.jinan.care.web.demo;

import cn.jinan.care.domain.organization.OrgLevel;

/** A demo organization; {@code parentCode} is {@code null} for the root. */
public record OrgSeed(String code, String name, OrgLevel level, String parentCode, int sortOrder) {
}
