package org.cxplanner.catalog;

public enum CatalogKind {
    STAGE("journey stage", "journey stages"),
    TOUCHPOINT("touchpoint", "touchpoints"),
    FUNCTION("function", "functions");

    private final String singular;
    private final String plural;

    CatalogKind(String singular, String plural) {
        this.singular = singular;
        this.plural = plural;
    }

    public String singular() {
        return singular;
    }

    public String plural() {
        return plural;
    }
}
