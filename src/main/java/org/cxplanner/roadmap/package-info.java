/**
 * The shared roadmap: initiatives with milestones on a timeline, owned by a team (checked with
 * {@code TeamAccess}). Others use {@code RoadmapService} (spans, titles), {@code InitiativeRow}, {@code RoadmapFilter}
 * and {@code RoadmapEvents}.
 */
package org.cxplanner.roadmap;
