package org.cxplanner.notifications;

import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.security.CurrentUser;
import org.cxplanner.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How each person is reached: everyone reads and changes their own (the user menu); administrators set anyone's
 * address and time zone (user administration). Nobody must configure anything: every kind has a default delivery,
 * the digest comes at 07:30, and the time zone is the server's until someone chooses theirs.
 */
@Service
public class NotificationSettingsService {

    static final int MAX_EMAIL = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final NotificationSettingsRecords records;
    private final Clock clock;

    NotificationSettingsService(NotificationSettingsRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public NotificationSettings mine() {
        return of(myId());
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public NotificationSettings saveMine(String email, ZoneId zone, LocalTime digestTime, Map<NotificationKind, Delivery> deliveries) {
        return save(myId(), email, zone, digestTime, deliveries);
    }

    @PreAuthorize(Roles.ADMINISTRATOR)
    @Transactional(readOnly = true)
    public NotificationSettings ofUser(long userId) {
        return of(userId);
    }

    /** An administrator sets someone's address and time zone; their choices of what to hear stay theirs. */
    @PreAuthorize(Roles.ADMINISTRATOR)
    @Transactional
    public NotificationSettings setContact(long userId, String email, ZoneId zone) {
        NotificationSettings current = of(userId);
        return save(userId, email, zone, current.digestTime(), current.deliveries());
    }

    private NotificationSettings save(long userId, String email, ZoneId zone, LocalTime digestTime,
                                      Map<NotificationKind, Delivery> deliveries) {
        String address = email == null || email.isBlank() ? null : email.strip();
        if (address != null && address.length() > MAX_EMAIL) {
            throw new FieldProblem("email", "Too long: an e-mail address has at most " + MAX_EMAIL + " characters.");
        }
        if (address != null && !EMAIL.matcher(address).matches()) {
            throw new FieldProblem("email", "That is not an e-mail address: it looks like name@example.com.");
        }
        if (zone == null) {
            throw new FieldProblem("zone", "Choose a time zone.");
        }
        if (digestTime == null) {
            throw new FieldProblem("digestTime", "Choose when the daily digest comes.");
        }
        NotificationSettings settings = of(userId).with(address, zone, digestTime.withSecond(0).withNano(0), deliveries);
        records.save(settings, clock.getZone());
        return settings;
    }

    private NotificationSettings of(long userId) {
        return records.find(userId, clock.getZone()).orElseThrow(() -> new EditConflict("This user no longer exists. Reload the list."));
    }

    private long myId() {
        return records.idOf(CurrentUser.name()).orElseThrow(() -> new EditConflict("Your account no longer exists."));
    }
}
