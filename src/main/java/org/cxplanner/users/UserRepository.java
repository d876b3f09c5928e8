package org.cxplanner.users;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.PagingAndSortingRepository;

import java.util.Optional;

public interface UserRepository extends ListCrudRepository<AppUser, Long>, PagingAndSortingRepository<AppUser, Long> {

    @Query("SELECT * FROM app_user WHERE lower(username) = lower(:username)")
    Optional<AppUser> findByUsernameIgnoreCase(String username);

    @Query("""
            SELECT count(*) FROM app_user u
            WHERE u.enabled AND EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role = 'ADMIN')
            """)
    long countEnabledAdmins();
}
