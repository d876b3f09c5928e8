/**
 * The people who use the planner and their roles; administrators manage them. Others may use
 * {@code UserService.people()} and {@code Person} to show names and choose owners.
 */
package org.cxplanner.users;
