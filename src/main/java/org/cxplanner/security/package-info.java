/**
 * Sign-in and who may do what: {@code Roles} (the role names and the {@code @PreAuthorize} expressions every
 * service uses), {@code TeamAccess} (who acts for which {@code Team}) and {@code CurrentUser}, the one class that
 * reads the signed-in user. Other features use those three and {@code Team}; the rest (filters, throttling, the
 * sign-in screen) is this package's own.
 */
package org.cxplanner.security;
