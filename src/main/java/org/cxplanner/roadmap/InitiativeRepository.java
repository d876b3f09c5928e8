package org.cxplanner.roadmap;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;

/** Loads and saves one initiative with its stages, touchpoints and milestones; lists go through {@link RoadmapRecords}. */
public interface InitiativeRepository extends ListCrudRepository<Initiative, Long> {

    @Query("SELECT title FROM initiative WHERE id = :id")
    Optional<String> findTitleById(long id);
}
