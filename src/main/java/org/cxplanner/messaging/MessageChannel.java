package org.cxplanner.messaging;

/** How a message reaches the customer. The database lists the same names in a check constraint. */
public enum MessageChannel {
    EMAIL("Email"), NEWSLETTER("Newsletter"), IN_PRODUCT("In product"), SOCIAL("Social media"), SMS("SMS"),
    WEB("Website"), LETTER("Letter"), EVENT("Event");

    private final String label;

    MessageChannel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
