package cn.jinan.care.persistence.member;

import cn.jinan.care.domain.member.DelegateLevel;
import cn.jinan.care.domain.member.Household;
import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.persistence.scope.DataScope;
import cn.jinan.care.persistence.shared.Like;
import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.data.jpa.domain.Specification;

/** Builds the roster query: always inside the scope, then narrowed by the search. */
final class MemberSpecifications {

    private MemberSpecifications() {
    }

    static Specification<Member> matching(DataScope scope, String filterPath, MemberSearch search) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            Join<Member, Organization> org = root.join("organization", JoinType.INNER);
            predicates.add(cb.like(org.get("path"), scope.likePattern()));
            if (filterPath != null) {
                predicates.add(cb.like(org.get("path"), filterPath + "%"));
            }
            if (search.textIsIdDigits()) {
                String reversed = new StringBuilder(search.text().strip().toUpperCase(Locale.ROOT)).reverse()
                        .toString();
                predicates.add(cb.like(cb.function("reverse", String.class, root.get("idNumber")),
                        Like.startsWith(reversed), Like.ESCAPE));
            } else if (search.hasText()) {
                predicates.add(cb.like(root.get("name"), Like.contains(search.text().strip()), Like.ESCAPE));
            }
            if (search.status() != null) {
                predicates.add(cb.equal(root.get("status"), search.status()));
            }
            if (search.category() != null) {
                predicates.add(cb.equal(root.get("category"), search.category()));
            }
            if (search.flag() != null) {
                predicates.add(switch (search.flag()) {
                    case LEADING_CADRE -> cb.isTrue(root.get("leadingCadre"));
                    case GRASSROOTS -> cb.isTrue(root.get("grassroots"));
                    case RURAL -> cb.equal(root.get("household"), Household.RURAL);
                    case RETIRED -> cb.isTrue(root.get("retired"));
                    case WITHOUT_PENSION -> cb.isTrue(root.get("withoutPension"));
                    case DELEGATE -> cb.notEqual(root.get("delegateLevel"), DelegateLevel.NONE);
                    case STREET_STAFF -> cb.isTrue(root.get("streetStaff"));
                });
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
