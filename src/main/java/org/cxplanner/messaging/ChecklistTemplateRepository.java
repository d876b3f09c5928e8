package org.cxplanner.messaging;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

public interface ChecklistTemplateRepository extends ListCrudRepository<ChecklistTemplate, Long> {

    @Query("SELECT * FROM checklist_template ORDER BY lower(name)")
    List<ChecklistTemplate> findAllByName();
}
