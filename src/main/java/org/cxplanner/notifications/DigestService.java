package org.cxplanner.notifications;

import org.cxplanner.base.jobs.ClusterLock;
import org.cxplanner.security.Roles;
import org.cxplanner.security.RunAs;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.List;

/**
 * The daily round-up: at each person's digest time, in their zone, one mail with everything they chose to get in
 * the digest, only when something is in it, never two on one day. Also runs the features' daily reminders first,
 * once a day across all nodes. Both run on one node at a time.
 */
@Service
public class DigestService {

    private static final int BATCH = 200;

    private final DigestRecords records;
    private final NotificationRecords notifications;
    private final MailOutboxRecords outbox;
    private final MailComposer composer;
    private final List<DailyReminder> reminders;
    private final ClusterLock lock;
    private final RunAs runAs;
    private final TransactionTemplate transactions;
    private final Clock clock;

    DigestService(DigestRecords records, NotificationRecords notifications, MailOutboxRecords outbox, MailComposer composer,
                  List<DailyReminder> reminders, ClusterLock lock, RunAs runAs, TransactionTemplate transactions, Clock clock) {
        this.records = records;
        this.notifications = notifications;
        this.outbox = outbox;
        this.composer = composer;
        this.reminders = reminders;
        this.lock = lock;
        this.runAs = runAs;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${cxp.digest.check-every:1m}", initialDelayString = "${cxp.digest.check-every:1m}")
    void scheduled() {
        lock.runAlone("daily-digest", () -> runAs.run(NotificationService.PLANNER, Roles.PLANNER, () -> {
            remindOnce();
            queueDigests();
            return null;
        }));
    }

    /** The features' reminders for today (server zone), unless they already ran today. */
    @PreAuthorize(Roles.SCHEDULED_WORK)
    public boolean remindOnce() {
        return remindOn(clock.instant().atZone(clock.getZone()).toLocalDate());
    }

    boolean remindOn(java.time.LocalDate today) {
        return Boolean.TRUE.equals(transactions.execute(status -> {
            if (!records.firstRun("reminders", today)) {
                return false;
            }
            reminders.forEach(reminder -> reminder.remind(today));
            return true;
        }));
    }

    /** Queues the digest of everyone whose time has come; returns how many were queued. */
    @PreAuthorize(Roles.SCHEDULED_WORK)
    public int queueDigests() {
        return queueDigestsAt(clock.instant());
    }

    int queueDigestsAt(java.time.Instant now) {
        List<DigestRecords.Due> due = records.due(now, clock.getZone());
        int queued = 0;
        for (int from = 0; from < due.size(); from += BATCH) {
            List<DigestRecords.Due> batch = due.subList(from, Math.min(due.size(), from + BATCH));
            Integer done = transactions.execute(status -> queue(batch, now));
            queued += done == null ? 0 : done;
        }
        return queued;
    }

    /** One batch of people in one transaction and four statements, however many they are. */
    private int queue(List<DigestRecords.Due> people, java.time.Instant now) {
        java.util.Map<Long, List<Notification>> items = notifications.forDigest(people.stream().map(DigestRecords.Due::userId).toList());
        List<String> keys = new java.util.ArrayList<>();
        List<Long> ids = new java.util.ArrayList<>();
        List<String> to = new java.util.ArrayList<>();
        List<Mail> mails = new java.util.ArrayList<>();
        for (DigestRecords.Due person : people) {
            List<Notification> theirs = items.getOrDefault(person.userId(), List.of());
            if (!theirs.isEmpty()) {
                keys.add(key(person));
                ids.add(person.userId());
                to.add(person.email());
                mails.add(composer.digest(person.displayName(), theirs, person.zone()));
            }
        }
        if (keys.isEmpty()) {
            return 0;
        }
        java.util.Set<String> queued = outbox.queueAll(keys, ids, to, mails);
        notifications.digested(people.stream().filter(person -> queued.contains(key(person)))
                .flatMap(person -> items.get(person.userId()).stream()).map(Notification::id).toList(), now);
        return queued.size();
    }

    private static String key(DigestRecords.Due person) {
        return "digest-" + person.userId() + "-" + person.localDay();
    }
}
