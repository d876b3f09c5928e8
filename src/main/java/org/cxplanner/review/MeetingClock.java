package org.cxplanner.review;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the meeting stands, read from the database with the database's own time ({@code now}), so every node and every
 * browser shows the same section and the same time left. {@code sections} are those started so far, in order.
 */
public record MeetingClock(List<SectionTime> sections, Map<AgendaSection, Integer> budgets, Instant now) {

    public MeetingClock {
        sections = List.copyOf(sections);
        budgets = Map.copyOf(budgets);
    }

    /** One section as the meeting ran it; {@code endedAt} is null while it runs. */
    public record SectionTime(AgendaSection section, int budgetMinutes, Instant startedAt, Instant endedAt, String startedBy) {

        public Instant endsAt() {
            return startedAt.plus(Duration.ofMinutes(budgetMinutes));
        }

        public Duration took(Instant now) {
            return Duration.between(startedAt, endedAt == null ? now : endedAt);
        }

        public boolean overran(Instant now) {
            return took(now).compareTo(Duration.ofMinutes(budgetMinutes)) > 0;
        }
    }

    public boolean started() {
        return !sections.isEmpty();
    }

    public Optional<SectionTime> running() {
        return sections.stream().filter(s -> s.endedAt() == null).findFirst();
    }

    public boolean ended() {
        return started() && running().isEmpty();
    }

    public Optional<SectionTime> of(AgendaSection section) {
        return sections.stream().filter(s -> s.section() == section).findFirst();
    }

    /** The meeting's length: what each section was given when it started, the leads' current times for the rest. */
    public int totalMinutes() {
        return java.util.Arrays.stream(AgendaSection.values())
                .mapToInt(section -> of(section).map(SectionTime::budgetMinutes).orElse(budgets.get(section))).sum();
    }

    public Instant startedAt() {
        return sections.getFirst().startedAt();
    }

    /** From the first section's start to now, or to the end of the last one once the meeting ended. */
    public Duration elapsed() {
        if (!started()) {
            return Duration.ZERO;
        }
        Instant end = running().isPresent() ? now : sections.getLast().endedAt();
        return Duration.between(startedAt(), end);
    }

    /** Time left in the running section; negative once it runs over. */
    public Duration remaining() {
        return running().map(s -> Duration.between(now, s.endsAt())).orElse(Duration.ZERO);
    }

    public boolean overTime() {
        return remaining().isNegative() || elapsed().compareTo(Duration.ofMinutes(totalMinutes())) > 0;
    }

    /** "12:05" or "−1:30": minutes and seconds, as the clock shows them. */
    public static String minutesAndSeconds(Duration duration) {
        long seconds = Math.abs(duration.toSeconds());
        return (duration.isNegative() ? "−" : "") + seconds / 60 + ":" + String.format("%02d", seconds % 60);
    }
}
