package org.cxplanner.calendar;

/** What a person's feed shows: whose action items, which plan items, send dates, the weekly review. */
public record FeedChoices(Actions actions, PlanItems planItems, boolean sendDates, boolean review) {

    public static final FeedChoices DEFAULT = new FeedChoices(Actions.MINE, PlanItems.MY_TEAM, true, true);

    public enum Actions {
        MINE("My action items"), ALL("Everyone's action items"), NONE("No action items");

        private final String label;

        Actions(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Initiatives' starts and ends and their milestones. */
    public enum PlanItems {
        MY_TEAM("My team's and joint"), JOINT("Joint only"), ALL("All teams"), NONE("None");

        private final String label;

        PlanItems(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
