package org.cxplanner.review;

/** The parts of the meeting, in the order it goes through them; AGREED is this review's own actions at closing. */
public enum AgendaSection {
    ACTIONS("Open action items"),
    SCORECARD("Scorecard"),
    ROADMAP("Roadmap"),
    RACI("Responsibilities (RACI)"),
    MESSAGES("Messages"),
    AGREED("Actions agreed in this review");

    private final String title;

    AgendaSection(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }

    /** The sections the agenda builds from the plan (and notes can be written under). */
    public static AgendaSection[] agenda() {
        return new AgendaSection[]{ACTIONS, SCORECARD, ROADMAP, RACI, MESSAGES};
    }
}
