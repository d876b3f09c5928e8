package org.cxplanner.review;

import org.springframework.data.repository.ListCrudRepository;

interface ActionItemRepository extends ListCrudRepository<ActionItem, Long> {
}
