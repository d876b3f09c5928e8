package org.cxplanner.roadmap;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

/**
 * Unsent messages that promise the delivery of initiatives, as the messaging feature knows them. Defined here and
 * implemented there, so the roadmap can say which send date a move would break without depending on messaging.
 */
public interface DeliveryPromises {

    List<Promise> promisesOf(Collection<Long> initiativeIds);

    record Promise(long messageId, String messageTitle, LocalDate sendDate, long initiativeId) {
    }
}
