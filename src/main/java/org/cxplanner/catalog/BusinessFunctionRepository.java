package org.cxplanner.catalog;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

public interface BusinessFunctionRepository extends ListCrudRepository<BusinessFunction, Long> {

    @Query("SELECT * FROM business_function ORDER BY position, id")
    List<BusinessFunction> findAllInOrder();

    @Query("SELECT coalesce(max(position), 0) FROM business_function")
    int maxPosition();
}
