package org.cxplanner.review;

/** How urgent an agenda line is: ALERT (act now), WARNING, INFO (for the record), DONE. */
public enum Tone {
    ALERT, WARNING, INFO, DONE
}
