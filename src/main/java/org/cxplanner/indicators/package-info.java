/**
 * Customer performance indicators (KPIs and CPIs) with targets, numbers recorded by each team
 * ({@code MeasurementEntry}, {@code MeasurementImportService}) and the scorecard. Others use
 * {@code IndicatorService} (scorecard), {@code ScorecardRow}, {@code IndicatorLinks} and {@code IndicatorEvents}.
 */
package org.cxplanner.indicators;
