package org.cxplanner.fixturea.ui;

/** A screen of an imaginary feature, for {@code ArchitectureRulesFailTest}. */
public class FixtureAView {
}
