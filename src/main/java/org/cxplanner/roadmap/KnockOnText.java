package org.cxplanner.roadmap;

import org.cxplanner.base.ReadableDates;
import org.cxplanner.security.Team;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** A move's knock-on in plain words: one sentence for the whole, one line per initiative or message it touches. */
public final class KnockOnText {

    private KnockOnText() {
    }

    /**
     * "Moves 2 joint initiatives by 3 weeks and the send date of 'Renewal notice' falls before its promise is
     * delivered."; empty when nothing else changes.
     */
    public static String summary(KnockOn knockOn) {
        List<String> parts = new ArrayList<>();
        if (!knockOn.shifts().isEmpty()) {
            Set<Team> teams = knockOn.shifts().stream().map(s -> s.initiative().team()).collect(Collectors.toSet());
            int count = knockOn.shifts().size();
            String kind = (teams.size() == 1 ? teams.iterator().next().label().toLowerCase(Locale.ROOT) + " " : "")
                    + (count == 1 ? "initiative" : "initiatives");
            long most = knockOn.shifts().stream().mapToLong(KnockOn.Shift::days).max().orElse(0);
            boolean same = knockOn.shifts().stream().allMatch(s -> s.days() == most);
            parts.add("moves " + count + " " + kind + " by " + (same ? "" : "up to ") + KnockOn.duration(most));
        }
        if (!knockOn.conflicts().isEmpty()) {
            int count = knockOn.conflicts().size();
            parts.add(count == 1 ? "'" + knockOn.conflicts().getFirst().successor().title() + "' would start before what it waits for ends"
                    : count + " initiatives would start before what they wait for ends");
        }
        for (KnockOn.BrokenPromise broken : knockOn.brokenPromises()) {
            parts.add("the send date of '" + broken.promise().messageTitle() + "' falls before its promise is delivered");
        }
        if (parts.isEmpty()) {
            return "";
        }
        String sentence = parts.size() == 1 ? parts.getFirst()
                : String.join(", ", parts.subList(0, parts.size() - 1)) + " and " + parts.getLast();
        return Character.toUpperCase(sentence.charAt(0)) + sentence.substring(1) + ".";
    }

    /** One line per initiative moved along, conflict and broken promise. */
    public static List<String> lines(KnockOn knockOn) {
        List<String> lines = new ArrayList<>();
        for (KnockOn.Shift shift : knockOn.shifts()) {
            lines.add("'" + shift.initiative().title() + "' (" + shift.initiative().team().label() + ") moves "
                    + KnockOn.duration(shift.days()) + " later: " + ReadableDates.of(shift.newStart()) + " – " + ReadableDates.of(shift.newEnd()) + ".");
        }
        for (KnockOn.Conflict conflict : knockOn.conflicts()) {
            boolean before = !conflict.successor().start().isAfter(conflict.predecessorEnd());
            lines.add("'" + conflict.successor().title() + "' (" + conflict.successor().team().label() + ") starts "
                    + ReadableDates.of(conflict.successor().start()) + (before ? ", before '" : ", too soon after '")
                    + conflict.predecessorTitle() + "' ends: a conflict (it could start " + ReadableDates.of(conflict.earliestStart()) + ").");
        }
        for (KnockOn.BrokenPromise broken : knockOn.brokenPromises()) {
            lines.add(promise(broken.promise().messageTitle(), broken.promise().sendDate(), broken.initiativeTitle(), broken.newEnd()));
        }
        return lines;
    }

    /** "'Renewal notice' sends 12 Jan 2027 but promises 'Help centre search', which would end 14 Jan 2027." */
    static String promise(String message, java.time.LocalDate sendDate, String initiative, java.time.LocalDate end) {
        return "'" + message + "' sends " + ReadableDates.of(sendDate) + " but promises '" + initiative
                + "', which would end " + ReadableDates.of(end) + ".";
    }
}
