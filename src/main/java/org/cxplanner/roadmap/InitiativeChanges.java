package org.cxplanner.roadmap;

import org.cxplanner.catalog.CatalogEntry;
import org.cxplanner.catalog.CatalogService;
import org.cxplanner.history.ChangeEntry;
import org.cxplanner.history.HistoryArea;
import org.cxplanner.indicators.IndicatorService;
import org.cxplanner.users.Person;
import org.cxplanner.users.UserService;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/** What an edit of an initiative changed, field by field, in the words the change history shows. */
@Component
class InitiativeChanges {

    private final CatalogService catalog;
    private final UserService users;
    private final IndicatorService indicators;

    InitiativeChanges(CatalogService catalog, UserService users, IndicatorService indicators) {
        this.catalog = catalog;
        this.users = users;
        this.indicators = indicators;
    }

    /** One history line per field an edit changed (unchanged fields give none). */
    List<ChangeEntry> between(Initiative after, InitiativeForm before, InitiativeForm form) {
        Map<Long, String> people = peopleById();
        List<ChangeEntry> changes = new ArrayList<>();
        changes.add(change(after, "Title", before.getTitle(), after.getTitle()));
        changes.add(change(after, "Description", blankToNull(before.getDescription()), after.getDescription()));
        changes.add(change(after, "Team", before.getTeam().label(), after.getTeam().label()));
        changes.add(change(after, "Owner", people.get(before.getOwnerId()), people.get(after.getOwnerId())));
        changes.add(change(after, "Status", before.getStatus().label(), after.getStatus().label()));
        changes.add(change(after, "Dates", span(before.getStartDate(), before.getEndDate()), span(after.getStartDate(), after.getEndDate())));
        changes.add(change(after, "Journey stages", String.join(", ", names(catalog.stages(), before.getStageIds())),
                String.join(", ", names(catalog.stages(), after.getStageIds()))));
        changes.add(change(after, "Touchpoints", String.join(", ", names(catalog.touchpoints(), before.getTouchpointIds())),
                String.join(", ", names(catalog.touchpoints(), after.getTouchpointIds()))));
        changes.add(change(after, "Milestones", milestones(before.getMilestones()), milestones(form.getMilestones())));
        changes.add(change(after, "Indicators", indicatorNames(before.getIndicatorIds()), indicatorNames(after.getIndicatorIds())));
        return changes.stream().filter(Objects::nonNull).toList();
    }

    private static ChangeEntry change(Initiative initiative, String field, String oldValue, String newValue) {
        return ChangeEntry.changed(HistoryArea.ROADMAP, RoadmapEvents.HISTORY_KIND, initiative.getId(), initiative.getTitle(), field,
                blankToNull(oldValue), blankToNull(newValue));
    }

    static String span(LocalDate start, LocalDate end) {
        return start + " – " + end;
    }

    private String indicatorNames(java.util.Collection<Long> ids) {
        return indicators.scorecardOf(ids).stream().filter(row -> ids.contains(row.indicator().getId()))
                .map(row -> row.indicator().getName()).sorted().collect(Collectors.joining(", "));
    }

    private static String milestones(List<MilestoneForm> milestones) {
        return milestones.stream().map(m -> m.getName().strip() + " " + m.getDueDate() + (m.isDone() ? " (done)" : ""))
                .collect(Collectors.joining("; "));
    }

    private Map<Long, String> peopleById() {
        return users.people().stream().collect(Collectors.toMap(Person::id, Person::displayName));
    }

    static List<String> names(List<? extends CatalogEntry> entries, Collection<Long> ids) {
        return entries.stream().filter(entry -> ids.contains(entry.getId())).map(CatalogEntry::getName).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
