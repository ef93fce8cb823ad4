package cn.jinan.care.persistence.user;

import cn.jinan.care.domain.user.UserAccount;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @EntityGraph(attributePaths = "organization")
    Optional<UserAccount> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query(value = "select u from UserAccount u join fetch u.organization o where o.path like :pathPattern"
            + " order by o.path, u.username",
            countQuery = "select count(u) from UserAccount u join u.organization o where o.path like :pathPattern")
    Page<UserAccount> findInScope(@Param("pathPattern") String pathPattern, Pageable pageable);

    /**
     * The organization an enabled account works on now: a data scope is built from it on every request, so an account
     * assigned elsewhere or disabled while signed in does not keep the scope it signed in with.
     */
    @Query("select o from UserAccount u join u.organization o where u.id = :id and u.enabled = true")
    Optional<cn.jinan.care.domain.organization.Organization> findCurrentOrganization(@Param("id") long id);

    /** The role an enabled account has now; empty when the account is disabled or gone. */
    @Query("select u.role from UserAccount u where u.id = :id and u.enabled = true")
    Optional<cn.jinan.care.domain.user.Role> findCurrentRole(@Param("id") long id);

    @Query("select u from UserAccount u join fetch u.organization o where u.id = :id and o.path like :pathPattern")
    Optional<UserAccount> findInScope(@Param("id") long id, @Param("pathPattern") String pathPattern);
}
