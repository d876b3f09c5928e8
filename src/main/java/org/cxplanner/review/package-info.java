/**
 * The weekly planning review: an agenda built from the live plan (one class per section), notes, decisions and
 * action items, and frozen minutes once a lead closes it. Services by use case: {@code ReviewQueries},
 * {@code ReviewMeeting}, {@code ReviewLifecycle}. Nothing else depends on this package; it reads the others through
 * their services.
 */
package org.cxplanner.review;
