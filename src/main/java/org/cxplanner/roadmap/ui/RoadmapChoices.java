package org.cxplanner.roadmap.ui;

import org.cxplanner.security.CurrentUser;

import org.cxplanner.catalog.CatalogService;
import org.cxplanner.catalog.JourneyStage;
import org.cxplanner.catalog.Touchpoint;
import org.cxplanner.users.Person;
import org.cxplanner.users.UserService;

import java.util.List;

/** What the roadmap's pickers offer, loaded once per screen: stages, touchpoints, people, and who is signed in. */
record RoadmapChoices(List<JourneyStage> stages, List<Touchpoint> touchpoints, List<Person> people, String self,
                      java.util.function.Supplier<List<org.cxplanner.indicators.Indicator>> indicators) {

    /** Indicators are read only when an editor opens (the timeline's first render stays within its statement budget). */
    static RoadmapChoices load(CatalogService catalog, UserService users,
                               org.cxplanner.indicators.IndicatorService indicators) {
        return new RoadmapChoices(catalog.stages(), catalog.touchpoints(), users.people(),
                CurrentUser.name(),
                () -> indicators.scorecard().stream().map(org.cxplanner.indicators.ScorecardRow::indicator)
                        .sorted(java.util.Comparator.comparing(org.cxplanner.indicators.Indicator::getName)).toList());
    }
}
