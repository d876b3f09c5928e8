package org.cxplanner.notifications;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import org.cxplanner.IntegrationTest;
import org.cxplanner.base.jobs.ClusterLock;
import org.cxplanner.messaging.MessageAlignment;
import org.cxplanner.security.Roles;
import org.cxplanner.security.Team;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Mail through a real SMTP server (GreenMail) with Spring's mail support: the right people, subject, both parts,
 * working links and the unsubscribe header; never twice, also after a crash between sending and marking; a server
 * that cannot be reached is tried again and then shown as failed; one digest a day per person, only with something in it.
 */
class MailDeliveryTest extends IntegrationTest {

    @RegisterExtension
    static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @Autowired
    private MailOutboxRecords outbox;
    @Autowired
    private ClusterLock lock;
    @Autowired
    private MailComposer composer;
    @Autowired
    private MessageAlignment alignment;
    @Autowired
    private OutboxService outboxService;
    @Autowired
    private DigestService digests;
    @Autowired
    private NotificationSettingsService settings;
    @Autowired
    private org.cxplanner.review.ReviewMeeting meeting;
    @Autowired
    private org.cxplanner.review.ReviewQueries reviews;

    private MailSender sender;

    @BeforeEach
    void aMailServerAndAnEmptyOutbox() {
        jdbc.update("DELETE FROM mail_outbox");
        jdbc.update("DELETE FROM notification");
        sender = senderOn(smtp.getSmtp().getPort());
    }

    @Test
    void theLeadAskedToSignGetsOneMailWithBothPartsALinkAndTheUnsubscribeHeader() throws Exception {
        long tips = messageId();
        actAs("cmo", Roles.CMO);
        alignment.requestSignOff(tips, Team.CX);
        assertThat(statuses()).containsExactly("PENDING");

        assertThat(sender.sendDue(() -> { })).isEqualTo(1);
        assertThat(sender.sendDue(() -> { })).as("a sent mail stays sent").isZero();

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        MimeMessage mail = received[0];
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("cco@example.com");
        assertThat(mail.getSubject()).isEqualTo("[CX Planner] Your sign-off is asked for: Year-end product tips");
        assertThat(mail.getFrom()[0].toString()).contains("planner@");
        assertThat(mail.getHeader("List-Unsubscribe")[0]).isEqualTo("<" + composer.preferencesUrl() + ">");
        assertThat(mail.getMessageID()).matches("<notification-\\d+@cx-planner>");
        String text = GreenMailUtil.getBody(mail);
        assertThat(text).contains("text/plain").contains("text/html");
        MimeMultipart parts = (MimeMultipart) mail.getContent();
        String plain = plainPart(parts);
        assertThat(plain).contains("Hello Chris Customer-Lead,").contains("Your sign-off is asked for: Year-end product tips (Maria Marketing-Lead)")
                .contains(composer.link("messages/" + tips)).contains(composer.preferencesUrl());
        assertThat(statuses()).containsExactly("SENT");
    }

    @Test
    void aCrashAfterSendingAndBeforeMarkingNeverSendsTheMailTwice() {
        actAs("cmo", Roles.CMO);
        alignment.requestSignOff(messageId(), Team.CX);

        assertThatThrownBy(() -> sender.sendDue(() -> {
            throw new IllegalStateException("the node stops here");
        })).hasMessage("the node stops here");
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(statuses()).containsExactly("SENDING");

        sender.sendDue(() -> { });
        assertThat(smtp.getReceivedMessages()).as("not sent again").hasSize(1);
        actAs("admin", Roles.ADMIN);
        OutboxMail shown = outboxService.page(0, 10).getFirst();
        assertThat(shown.status()).isEqualTo(OutboxStatus.UNCERTAIN);
        assertThat(shown.lastError()).contains("may have gone");
    }

    @Test
    void aServerThatCannotBeReachedIsTriedAgainWithBackOffAndThenShownAsFailed() {
        actAs("cmo", Roles.CMO);
        alignment.requestSignOff(messageId(), Team.CX);
        MailSender refusing = senderOn(1);

        refusing.sendDue(() -> { });
        assertThat(statuses()).containsExactly("PENDING");
        assertThat(jdbc.queryForObject("SELECT next_attempt_at > now() + interval '50 seconds' FROM mail_outbox", Boolean.class))
                .as("tried again later, not at once").isTrue();
        for (int attempt = 2; attempt <= MailSender.ATTEMPTS; attempt++) {
            jdbc.update("UPDATE mail_outbox SET next_attempt_at = now() - interval '1 second'");
            refusing.sendDue(() -> { });
        }
        actAs("admin", Roles.ADMIN);
        OutboxMail failed = outboxService.page(0, 10).getFirst();
        assertThat(failed.status()).isEqualTo(OutboxStatus.FAILED);
        assertThat(failed.attempts()).isEqualTo(MailSender.ATTEMPTS);
        assertThat(failed.lastError()).isNotBlank();

        assertThat(outboxService.sendAgain(failed.id())).isTrue();
        sender.sendDue(() -> { });
        assertThat(smtp.getReceivedMessages()).hasSize(1);
        assertThat(statuses()).containsExactly("SENT");
    }

    @Test
    void theDigestIsOneMailPerPersonPerDayAtTheirTimeAndOnlyWhenSomethingIsInIt() throws Exception {
        actAs("cx", Roles.CX);
        settings.saveMine("cx@example.com", ZoneId.of("Europe/Berlin"), LocalTime.of(8, 0), Map.of());
        actAs(NotificationService.PLANNER, Roles.PLANNER);
        digests.remindOn(LocalDate.now());
        int forCx = jdbc.queryForObject("""
                SELECT count(*) FROM notification n JOIN app_user u ON u.id = n.recipient_id
                WHERE u.username = 'cx' AND n.delivery = 'DIGEST'""", Integer.class);
        assertThat(forCx).as("the demo plan has numbers due for cx").isPositive();

        LocalDate day = LocalDate.now(ZoneId.of("Europe/Berlin"));
        var before = day.atTime(7, 59).atZone(ZoneId.of("Europe/Berlin")).toInstant();
        var after = day.atTime(8, 1).atZone(ZoneId.of("Europe/Berlin")).toInstant();
        digests.queueDigestsAt(before);
        assertThat(keys()).noneMatch(k -> k.startsWith("digest-" + personId("cx")));
        digests.queueDigestsAt(after);
        assertThat(keys()).filteredOn(k -> k.startsWith("digest-" + personId("cx"))).containsExactly("digest-" + personId("cx") + "-" + day);
        assertThat(keys()).as("people with nothing in their digest get none").noneMatch(k -> k.startsWith("digest-" + personId("viewer")));

        digests.remindOn(LocalDate.now().plusDays(30));
        digests.queueDigestsAt(after.plusSeconds(3600));
        assertThat(keys()).as("one a day").filteredOn(k -> k.startsWith("digest-" + personId("cx"))).hasSize(1);

        sender.sendDue(() -> { });
        MimeMessage digest = null;
        for (MimeMessage m : smtp.getReceivedMessages()) {
            if (GreenMailUtil.getAddressList(m.getAllRecipients()).contains("cx@example.com")) {
                digest = m;
            }
        }
        assertThat(digest).isNotNull();
        assertThat(digest.getSubject()).startsWith("[CX Planner] Your daily digest: " + forCx + " item");
        assertThat(plainPart((MimeMultipart) digest.getContent())).contains("Numbers are due for").contains(composer.link("indicators"));
    }

    @Test
    void aLeadMailsTheAgendaToEveryoneTakingPartOncePerWeek() throws Exception {
        actAs("cco", Roles.CCO);
        var week = reviews.currentWeek();
        assertThat(meeting.sendAgendaPreview(week)).isEqualTo(3);
        assertThat(meeting.sendAgendaPreview(week)).as("once per person and week").isZero();
        assertThat(jdbc.queryForList("SELECT to_address FROM mail_outbox ORDER BY to_address", String.class))
                .containsExactly("cmo@example.com", "cx@example.com", "marketer@example.com");
        sender.sendDue(() -> { });
        MimeMessage agenda = smtp.getReceivedMessages()[0];
        assertThat(agenda.getSubject()).isEqualTo("[CX Planner] Agenda of the weekly review " + week);
        assertThat(plainPart((MimeMultipart) agenda.getContent())).contains("Chris Customer-Lead sends you this", "Open action items");
        actAs("marketer", Roles.MARKETING);
        assertThatThrownBy(() -> meeting.sendAgendaPreview(week)).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    private MailSender senderOn(int port) {
        JavaMailSenderImpl server = new JavaMailSenderImpl();
        server.setHost("localhost");
        server.setPort(port);
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("mailSender", server));
        return new MailSender(beans.getBeanProvider(JavaMailSender.class), outbox, lock, composer, Clock.systemDefaultZone(),
                "CX Partnership Planner <planner@example.com>");
    }

    private static String plainPart(MimeMultipart parts) throws Exception {
        for (int i = 0; i < parts.getCount(); i++) {
            var part = parts.getBodyPart(i);
            if (part.getContent() instanceof MimeMultipart nested) {
                return plainPart(nested);
            }
            if (part.isMimeType("text/plain")) {
                return part.getContent().toString();
            }
        }
        throw new AssertionError("no text/plain part");
    }

    private java.util.List<String> statuses() {
        return jdbc.queryForList("SELECT status FROM mail_outbox ORDER BY id", String.class);
    }

    private java.util.List<String> keys() {
        return jdbc.queryForList("SELECT idempotency_key FROM mail_outbox ORDER BY id", String.class);
    }

    private long personId(String username) {
        return jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, username);
    }

    private long messageId() {
        return jdbc.queryForObject("SELECT id FROM message WHERE title = 'Year-end product tips'", Long.class);
    }
}
