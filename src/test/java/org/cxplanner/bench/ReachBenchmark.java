package org.cxplanner.bench;

import org.cxplanner.calendar.CalendarFeedService;
import org.cxplanner.calendar.FeedChoices;
import org.cxplanner.notifications.DigestService;
import org.cxplanner.notifications.NotificationService;
import org.cxplanner.raci.LargePlan;
import org.cxplanner.security.Roles;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Issue #34's figures on the benchmark plan (LargePlan: 300 initiatives with 900 milestones, 200 messages, …) with
 * 500 more people, each with 5 notifications waiting for their digest: the daily reminders, building and queueing
 * 500 digests (time and SQL statements), and one person's calendar feed with everything in it (time, size, events).
 * Run with {@code bash .ci/reach-benchmark}; results go to standard output (see docs/benchmarks.md).
 */
public final class ReachBenchmark {

    private static final int PEOPLE = 500;

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext context = BenchmarkApp.start("--cxp.mail.send-every=1h", "--cxp.digest.check-every=1h")) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            LargePlan.create(jdbc, 500, 30);
            LargePlan.roadmap(jdbc, 300, 3, 500);
            LargePlan.indicators(jdbc, 200, 52);
            LargePlan.messages(jdbc, 200, 500);
            jdbc.update("""
                    INSERT INTO app_user (username, display_name, password_hash, email, digest_time)
                    SELECT 'person' || g, 'Person ' || g, '{noop}x', 'person' || g || '@example.com', '00:00'
                    FROM generate_series(1, ?) g""", PEOPLE);
            jdbc.update("""
                    INSERT INTO user_role (user_id, role) SELECT id, CASE WHEN id % 2 = 0 THEN 'MARKETING' ELSE 'CX' END
                    FROM app_user WHERE username LIKE 'person%'""");
            SecurityContextHolderStrategy security = context.getBean(SecurityContextHolderStrategy.class);
            signIn(security, NotificationService.PLANNER, Roles.PLANNER);
            DigestService digests = context.getBean(DigestService.class);

            StatementCounter.STATEMENTS.set(0);
            long start = System.nanoTime();
            digests.remindOnce();
            System.out.printf("daily reminders on the benchmark plan: %d ms, %d SQL statements, %d notifications%n",
                    (System.nanoTime() - start) / 1_000_000, StatementCounter.STATEMENTS.get(),
                    jdbc.queryForObject("SELECT count(*) FROM notification", Integer.class));

            List<Long> times = new ArrayList<>();
            int statements = 0;
            int queued = 0;
            for (int run = 0; run < 7; run++) {
                jdbc.update("DELETE FROM mail_outbox");
                jdbc.update("DELETE FROM notification WHERE once_key IS NULL");
                jdbc.update("""
                        INSERT INTO notification (recipient_id, kind, title, detail, route, actor, delivery)
                        SELECT u.id, 'MESSAGE_ALIGNED_OR_SENT', 'Message ' || g || ' is aligned: both sides signed it',
                               'Sends 2026-12-20 · Joint', 'messages/' || g, 'cmo', 'DIGEST'
                        FROM app_user u, generate_series(1, 5) g WHERE u.username LIKE 'person%'""");
                StatementCounter.STATEMENTS.set(0);
                start = System.nanoTime();
                queued = digests.queueDigests();
                times.add(System.nanoTime() - start);
                statements = StatementCounter.STATEMENTS.get();
            }
            report("build and queue the daily digests (" + queued + " people, 5 items each)", times, statements + " SQL statements");

            signIn(security, "person2", Roles.MARKETING);
            CalendarFeedService feeds = context.getBean(CalendarFeedService.class);
            String path = feeds.newAddress(new FeedChoices(FeedChoices.Actions.ALL, FeedChoices.PlanItems.ALL, true, true));
            String token = path.substring("calendar/".length(), path.length() - ".ics".length());
            SecurityContextHolder.clearContext();
            security.clearContext();
            times.clear();
            String feed = "";
            for (int run = 0; run < 25; run++) {
                StatementCounter.STATEMENTS.set(0);
                start = System.nanoTime();
                feed = feeds.feed(token).orElseThrow();
                times.add(System.nanoTime() - start);
                statements = StatementCounter.STATEMENTS.get();
            }
            int events = feed.split("BEGIN:VEVENT", -1).length - 1;
            report("one person's calendar feed with everything (" + events + " events, "
                    + feed.getBytes(StandardCharsets.UTF_8).length / 1024 + " KB)", times, statements + " SQL statements");
        }
    }

    private static void signIn(SecurityContextHolderStrategy security, String name, String role) {
        TestingAuthenticationToken token = new TestingAuthenticationToken(name, null, "ROLE_" + role);
        token.setAuthenticated(true);
        security.getContext().setAuthentication(token);
        SecurityContextHolder.getContext().setAuthentication(token);
    }

    private static void report(String what, List<Long> nanos, String extra) {
        List<Long> warm = nanos.subList(Math.min(2, nanos.size() - 1), nanos.size()).stream().sorted().toList();
        System.out.printf("%s: median %d ms (first %d ms), %s%n", what, warm.get(warm.size() / 2) / 1_000_000,
                nanos.getFirst() / 1_000_000, extra);
    }
}
