package org.cxplanner.messaging;

import org.springframework.data.relational.core.mapping.Table;

@Table("message_touchpoint")
record MessageTouchpoint(long touchpointId) {
}
