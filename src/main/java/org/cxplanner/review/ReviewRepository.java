package org.cxplanner.review;

import org.springframework.data.repository.ListCrudRepository;

import java.util.Optional;

interface ReviewRepository extends ListCrudRepository<Review, Long> {

    Optional<Review> findByIsoYearAndIsoWeek(int isoYear, int isoWeek);
}
