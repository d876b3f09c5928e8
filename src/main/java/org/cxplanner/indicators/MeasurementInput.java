package org.cxplanner.indicators;

/** One number to record, as a file or an API call gives it: the indicator's name, a day of its period, the value, a note. */
public record MeasurementInput(String indicator, String date, String value, String note) {
}
