package org.cxplanner.raci;

/** How many active touchpoints there are and how many are gaps, by kind. */
public record HealthSummary(int touchpoints, int gaps, int noAccountable, int multipleAccountable, int noResponsible) {

    public String headline() {
        if (gaps == 0) {
            return "All " + touchpoints + " touchpoints have exactly one A and at least one R";
        }
        return gaps + (gaps == 1 ? " touchpoint needs" : " touchpoints need") + " attention";
    }
}
