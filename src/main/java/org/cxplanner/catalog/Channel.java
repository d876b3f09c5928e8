package org.cxplanner.catalog;

/** The medium of a touchpoint. The database lists the same names in a check constraint. */
public enum Channel {
    WEB("Web"),
    EMAIL("Email"),
    PHONE("Phone"),
    IN_PERSON("In person"),
    IN_PRODUCT("In product"),
    SOCIAL("Social media"),
    PAID_MEDIA("Paid media"),
    EVENT("Event"),
    MAIL("Post and print"),
    CHAT("Chat"),
    COMMUNITY("Community"),
    DOCUMENT("Document");

    private final String label;

    Channel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
