package org.cxplanner.messaging;

import org.cxplanner.security.Team;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the weekly review asks about messages: sign-offs waiting (and since when), sign-offs withdrawn since the last
 * review, send clashes coming up, messages whose promise check fails, and the late promises among them (for
 * "broken by a date change since the last review").
 */
public record MessageAttention(List<Waiting> waiting, List<Withdrawn> withdrawn, List<ClashPair> clashes,
                               List<BrokenPromise> brokenPromises, List<LatePromise> latePromises) {

    public MessageAttention(List<Waiting> waiting, List<Withdrawn> withdrawn, List<ClashPair> clashes, List<BrokenPromise> brokenPromises) {
        this(waiting, withdrawn, clashes, brokenPromises, List.of());
    }

    public record Waiting(long messageId, String title, LocalDate sendDate, Team side, Instant since) {
    }

    public record Withdrawn(long messageId, String title, Withdrawal withdrawal) {
    }

    public record ClashPair(long messageId, String title, LocalDate sendDate, long otherId, String otherTitle,
                            LocalDate otherDate) {
    }

    public record BrokenPromise(long messageId, String title, LocalDate sendDate, List<String> problems) {
    }
}
