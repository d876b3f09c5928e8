package org.cxplanner.messaging;

import org.springframework.data.relational.core.mapping.Table;

/** An initiative whose delivery the message promises: it may not be signed to send before that is done. */
@Table("message_promise")
record MessagePromise(long initiativeId) {
}
