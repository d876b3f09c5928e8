package org.cxplanner.catalog;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

public interface BusinessFunctionRepository extends ListCrudRepository<BusinessFunction, Long> {

    @Query("SELECT * FROM business_function ORDER BY position, id")
    List<BusinessFunction> findAllInOrder();

    @Query("SELECT coalesce(max(position), 0) FROM business_function")
    int maxPosition();

    /** For the demo plan: the function's lead by user name (no such user: none). */
    @org.springframework.data.jdbc.repository.query.Modifying
    @org.springframework.data.jdbc.repository.query.Query(
            "UPDATE business_function SET lead_id = (SELECT id FROM app_user WHERE lower(username) = lower(:username)) WHERE name = :name")
    void setDemoLead(String name, String username);
}
