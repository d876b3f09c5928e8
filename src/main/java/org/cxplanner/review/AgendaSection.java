package org.cxplanner.review;

/** The parts of the meeting, in the order it goes through them; AGREED is this review's own actions at closing. */
public enum AgendaSection {
    ACTIONS("Open action items", 10),
    SCORECARD("Scorecard", 10),
    ROADMAP("Roadmap", 15),
    RACI("Responsibilities (RACI)", 10),
    MESSAGES("Messages", 10),
    AGREED("Actions agreed in this review", 5);

    private final String title;
    private final int defaultMinutes;

    AgendaSection(String title, int defaultMinutes) {
        this.title = title;
        this.defaultMinutes = defaultMinutes;
    }

    public String title() {
        return title;
    }

    /** Its time in a meeting until the leads set another: an hour in all. */
    public int defaultMinutes() {
        return defaultMinutes;
    }

    /** The section the meeting goes on to after this one; null after the last. */
    public AgendaSection following() {
        return ordinal() + 1 < values().length ? values()[ordinal() + 1] : null;
    }

    /** The sections the agenda builds from the plan (and notes can be written under). */
    public static AgendaSection[] agenda() {
        return new AgendaSection[]{ACTIONS, SCORECARD, ROADMAP, RACI, MESSAGES};
    }
}
