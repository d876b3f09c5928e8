package org.cxplanner.calendar;

import java.time.Instant;

/** A person's feed as they see it in the user menu: what it shows and since when its address works. */
public record FeedState(FeedChoices choices, Instant since) {
}
