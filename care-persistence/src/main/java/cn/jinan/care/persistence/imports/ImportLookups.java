package cn.jinan.care.persistence.imports;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.organization.Organization;
import cn.jinan.care.domain.shared.IdCardNumber;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * The lookups a file's check needs, a thousand keys per query whatever the file's size, so that checking twenty
 * thousand rows takes a few dozen queries. Results are not scoped: the caller decides what lies in the user's scope
 * and says so row by row.
 */
@Component
class ImportLookups {

    static final int CHUNK = 1000;

    @PersistenceContext
    private EntityManager em;

    Map<String, Organization> organizationsByCode(Collection<String> codes) {
        Map<String, Organization> found = new HashMap<>();
        chunked(codes, chunk -> em.createQuery("select o from Organization o where o.code in :codes",
                Organization.class).setParameter("codes", chunk).getResultList())
                .forEach(o -> found.put(o.getCode(), o));
        return found;
    }

    /** Members with these identity numbers, wherever they are, with their organization. */
    Map<IdCardNumber, Member> membersByIdNumber(Collection<IdCardNumber> idNumbers) {
        Map<IdCardNumber, Member> found = new HashMap<>();
        chunked(idNumbers, chunk -> em.createQuery(
                "select m from Member m join fetch m.organization where m.idNumber in :ids", Member.class)
                .setParameter("ids", chunk).getResultList())
                .forEach(m -> found.put(m.getIdNumber(), m));
        return found;
    }

    /** Members kept directly on these organizations, with their organization. */
    List<Member> membersOf(Collection<Long> organizationIds) {
        return chunked(organizationIds, chunk -> em.createQuery(
                "select m from Member m join fetch m.organization o where o.id in :ids", Member.class)
                .setParameter("ids", chunk).getResultList());
    }

    /** The study records of these members between two days: member id, day, course and hours of each. */
    List<Object[]> studyRecords(Collection<Long> memberIds, LocalDate from, LocalDate to) {
        return chunked(memberIds, chunk -> em.createQuery(
                "select s.member.id, s.date, s.course, s.hours from StudyRecord s where s.member.id in :ids"
                        + " and s.date between :from and :to", Object[].class)
                .setParameter("ids", chunk).setParameter("from", from).setParameter("to", to).getResultList());
    }

    static BigDecimal hours(Object[] studyRecord) {
        return (BigDecimal) studyRecord[3];
    }

    private static <K, T> List<T> chunked(Collection<K> keys, Function<List<K>, List<T>> query) {
        List<K> all = new ArrayList<>(keys);
        List<T> results = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            results.addAll(query.apply(all.subList(i, Math.min(all.size(), i + CHUNK))));
        }
        return results;
    }
}
