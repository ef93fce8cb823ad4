package cn.jinan.care.persistence.member;

import cn.jinan.care.domain.member.Member;
import cn.jinan.care.domain.shared.IdCardNumber;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface MemberRepository extends JpaRepository<Member, Long>, JpaSpecificationExecutor<Member> {

    /** The member if their organization lies in the scope (a path pattern such as {@code /1/12/%}). */
    @Query("select m from Member m join fetch m.organization o where m.id = :id and o.path like :pathPattern")
    Optional<Member> findInScope(@Param("id") long id, @Param("pathPattern") String pathPattern);

    boolean existsByIdNumber(IdCardNumber idNumber);

    Optional<Member> findByIdNumber(IdCardNumber idNumber);

    @Override
    @EntityGraph(attributePaths = "organization")
    Page<Member> findAll(Specification<Member> spec, Pageable pageable);
}
