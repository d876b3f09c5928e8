package org.cxplanner.base;

import java.util.Map;

/**
 * Implemented by the webhooks so a feature can tell other systems what happened without depending on them. Called
 * inside the transaction of the change: the event goes out exactly when the change is committed.
 */
public interface OutgoingEvents {

    /**
     * {@code summary} is one sentence a chat channel shows ("'Spring price notice' is aligned: both sides signed
     * it."); {@code route} the screen it is about ("messages/12"); {@code data} the fields a program reads.
     */
    void emit(OutgoingEvent event, String summary, String route, Map<String, Object> data);
}
