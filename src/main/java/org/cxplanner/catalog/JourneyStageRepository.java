package org.cxplanner.catalog;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

public interface JourneyStageRepository extends ListCrudRepository<JourneyStage, Long> {

    @Query("SELECT * FROM journey_stage ORDER BY position, id")
    List<JourneyStage> findAllInOrder();

    @Query("SELECT coalesce(max(position), 0) FROM journey_stage")
    int maxPosition();
}
