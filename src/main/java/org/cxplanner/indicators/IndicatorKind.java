package org.cxplanner.indicators;

/** A company KPI, or a CPI: a customer performance indicator, the customer's own goal. */
public enum IndicatorKind {
    KPI("KPI", "company's view"), CPI("CPI", "customer's goal");

    private final String label;
    private final String meaning;

    IndicatorKind(String label, String meaning) {
        this.label = label;
        this.meaning = meaning;
    }

    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }
}
