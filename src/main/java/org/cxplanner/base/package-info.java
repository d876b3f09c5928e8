/**
 * What every feature shares, knowing none of them: the shell and shared UI ({@code ui}), the embedded database
 * ({@code db}), the change channel ({@code events}), who is on which screen ({@code presence}), the export plumbing
 * ({@code export}) and servlet-level tuning ({@code web}).
 * <p>
 * Features plug in through {@code DemoDataSeeder}, {@code PlanCounter}, {@code UserMenuAction} and
 * {@code SharedScreen}; they report bad input with {@code FieldProblem} and stale edits with {@code EditConflict}.
 */
package org.cxplanner.base;
