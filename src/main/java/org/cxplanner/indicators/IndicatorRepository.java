package org.cxplanner.indicators;

import org.springframework.data.repository.ListCrudRepository;

public interface IndicatorRepository extends ListCrudRepository<Indicator, Long> {
}
