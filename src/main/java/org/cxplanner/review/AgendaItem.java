package org.cxplanner.review;

/**
 * One line of the agenda: in a group of its section ("Off track", "Date moves"), what it is, the detail that
 * matters, where it lives in the planner, and how urgent it is. Live action lines carry their action's id.
 */
public record AgendaItem(AgendaSection section, String group, String title, String detail, String route, Tone tone,
                         Long actionId) {

    public AgendaItem(AgendaSection section, String group, String title, String detail, String route, Tone tone) {
        this(section, group, title, detail, route, tone, null);
    }
}
