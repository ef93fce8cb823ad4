package cn.jinan.care.persistence.yearend;

import cn.jinan.care.domain.casualty.FamilyRelation;

/** A family member of a casualty case as the follow-up list names them: relation and name, nothing of their situation. */
public record FamilyContact(FamilyRelation relation, String name) {
}
