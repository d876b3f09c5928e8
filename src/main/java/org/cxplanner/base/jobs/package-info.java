/** Background work that must run once across all nodes sharing the database. */
package org.cxplanner.base.jobs;
