package org.cxplanner.catalog;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.List;

public interface TouchpointRepository extends ListCrudRepository<Touchpoint, Long> {

    /** In journey order: by stage, then by position within the stage. */
    @Query("""
            SELECT t.* FROM touchpoint t JOIN journey_stage s ON s.id = t.stage_id
            ORDER BY s.position, t.position, t.id""")
    List<Touchpoint> findAllInOrder();

    @Query("SELECT * FROM touchpoint WHERE stage_id = :stageId ORDER BY position, id")
    List<Touchpoint> findByStageInOrder(long stageId);

    @Query("SELECT coalesce(max(position), 0) FROM touchpoint")
    int maxPosition();
}
