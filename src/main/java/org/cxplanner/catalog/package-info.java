/**
 * What the plan is about: journey stages, touchpoints and business functions, managed by the leads. Others read
 * them through {@code CatalogService} and answer {@code CatalogUsage} so nothing in use is deleted; they subscribe to
 * {@code CatalogEvents.CATALOG}.
 */
package org.cxplanner.catalog;
