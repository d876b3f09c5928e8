package org.cxplanner.calendar;

import org.cxplanner.security.CurrentUser;
import org.cxplanner.security.Roles;
import org.cxplanner.security.TeamAccess;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Calendar feeds: each person may have one secret address that calendar programs subscribe to. The address is
 * shown once, when made; only its SHA-256 is stored, so it can be renewed (the old one stops working) or turned off
 * but never shown again. Reading a feed needs no sign-in: the secret address is the credential.
 */
@Service
public class CalendarFeedService {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Duration CANCELLED_SHOWN = Duration.ofDays(30);

    private final CalendarFeedRecords records;
    private final List<CalendarSource> sources;
    private final IcsWriter writer;
    private final Clock clock;

    CalendarFeedService(CalendarFeedRecords records, List<CalendarSource> sources, IcsWriter writer, Clock clock) {
        this.records = records;
        this.sources = sources;
        this.writer = writer;
        this.clock = clock;
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<FeedState> mine() {
        return records.of(CurrentUser.name());
    }

    /**
     * Makes (or renews) the caller's address and returns its path ({@code calendar/<secret>.ics}, relative to the
     * planner's address): once, here; any earlier address stops working.
     */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public String newAddress(FeedChoices choices) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        records.setToken(CurrentUser.name(), hash(token), choices);
        records.setChoices(CurrentUser.name(), choices);
        return "calendar/" + token + ".ics";
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public void saveChoices(FeedChoices choices) {
        records.setChoices(CurrentUser.name(), choices);
    }

    /** Turns the caller's feed off: its address answers "not found" from now on. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public void turnOff() {
        records.delete(CurrentUser.name());
    }

    /** The feed behind a secret address; empty (not found) for an unknown, renewed or turned-off address. */
    @Transactional(readOnly = true)
    public Optional<String> feed(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return records.owner(hash(token)).map(owner -> {
            FeedRequest request = new FeedRequest(owner.userId(), TeamAccess.of(owner.roles()).speaksFor(), owner.choices(), today());
            return writer.write("CX planner · " + owner.displayName(), entries(request), clock.instant());
        });
    }

    /** "Add to calendar" for the weekly review: the recurring meeting as a file of its own. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public Optional<String> single(String uid) {
        FeedRequest everything = new FeedRequest(-1, TeamAccess.of(CurrentUser.roles()).speaksFor(),
                new FeedChoices(FeedChoices.Actions.ALL, FeedChoices.PlanItems.ALL, true, true), today());
        List<CalendarEntry> found = entries(everything).stream().filter(e -> e.uid().equals(uid)).toList();
        return found.isEmpty() ? Optional.empty() : Optional.of(writer.write("CX planner", found, clock.instant()));
    }

    List<CalendarEntry> entries(FeedRequest request) {
        List<CalendarEntry> entries = new ArrayList<>();
        sources.forEach(source -> entries.addAll(source.entries(request)));
        java.util.Set<String> live = entries.stream().map(CalendarEntry::uid).collect(java.util.stream.Collectors.toSet());
        records.cancellations(request, clock.instant().minus(CANCELLED_SHOWN)).stream()
                .filter(gone -> !live.contains(gone.uid())).forEach(entries::add);
        return entries;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
