package cn.jinan.care.web.demo;

import cn.jinan.care.domain.member.MemberProfile;

/** A demo member and the code of the organization (branch, general branch or group) that keeps them. */
public record MemberSeed(String orgCode, MemberProfile profile) {
}
