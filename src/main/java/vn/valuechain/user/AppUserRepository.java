package vn.valuechain.user;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AppUserRepository extends JpaRepository<AppUser, Long> {

    @EntityGraph(attributePaths = "administrativeUnit")
    @Query("select u from AppUser u where lower(u.username) = lower(:username)")
    Optional<AppUser> findByUsernameIgnoreCase(@Param("username") String username);

    @EntityGraph(attributePaths = "administrativeUnit")
    Optional<AppUser> findWithUnitById(Long id);

    boolean existsByUsernameIgnoreCase(String username);

    @Query("select u.id from AppUser u where u.role = :role and u.enabled = true")
    List<Long> findEnabledIdsByRole(@Param("role") Role role);

    @Query("""
            select new vn.valuechain.user.ReminderRecipient(u.id, u.username, u.displayName, u.email, u.role, unit.id)
            from AppUser u left join u.administrativeUnit unit
            where u.enabled = true and u.emailReminders = true and u.email is not null and u.role in :roles
            order by u.id
            """)
    List<ReminderRecipient> findReminderRecipients(@Param("roles") Collection<Role> roles);

    @Query("select u.id from AppUser u where lower(u.username) = lower(:username)")
    Optional<Long> findIdByUsername(@Param("username") String username);

    @Query(value = """
            select new vn.valuechain.user.UserRow(u.id, u.username, u.displayName, u.role, au.name, u.enabled, u.mustChangePassword)
            from AppUser u left join u.administrativeUnit au
            """, countQuery = "select count(u) from AppUser u")
    Page<UserRow> findRows(Pageable pageable);
}
