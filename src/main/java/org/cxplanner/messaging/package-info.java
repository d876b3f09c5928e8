/**
 * Aligned messaging: messages with a checklist both sides tick and the two leads sign, the promise check against
 * the RACI matrix, send clashes. Services by use case: {@code MessageQueries}, {@code MessageEditing},
 * {@code MessageAlignment}. Others use {@code MessageQueries} (rows, {@code attention} for the review) and
 * {@code MessagingEvents}.
 */
package org.cxplanner.messaging;
