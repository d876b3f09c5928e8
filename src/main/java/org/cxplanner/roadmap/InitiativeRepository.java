package org.cxplanner.roadmap;

import org.springframework.data.repository.ListCrudRepository;

/** Loads and saves one initiative with its stages, touchpoints and milestones; lists go through {@link RoadmapQuery}. */
public interface InitiativeRepository extends ListCrudRepository<Initiative, Long> {
}
