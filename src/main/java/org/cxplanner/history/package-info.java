/**
 * The one change history every feature writes into ({@code ChangeHistory.record} in the caller's transaction)
 * and its screen. Depends on no feature. Others use {@code ChangeHistory}, {@code ChangeEntry}, {@code HistoryArea},
 * {@code HistoryService} and {@code HistoryFilter.route()} to link to the history of an item.
 */
package org.cxplanner.history;
