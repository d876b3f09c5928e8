package org.cxplanner.notifications;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.cxplanner.base.jobs.ClusterLock;
import org.cxplanner.base.jobs.RetryAfter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.List;
import java.util.Properties;

/**
 * Sends what waits in the outbox through Spring's mail support, on one node at a time. A mail is claimed (and that
 * committed) before the server is asked to take it, so a crash after sending never sends it again: at the next run
 * such a mail is shown as "may have gone" instead. A server that refuses is asked again later (1, 5, 30 minutes,
 * then every 2 hours), and after {@value #ATTEMPTS} attempts the mail is shown as failed.
 */
@Component
public class MailSender {

    static final int ATTEMPTS = 5;
    private static final Logger log = LoggerFactory.getLogger(MailSender.class);
    private static final int BATCH = 50;

    private final ObjectProvider<JavaMailSender> mailServer;
    private final MailOutboxRecords outbox;
    private final ClusterLock lock;
    private final MailComposer composer;
    private final Clock clock;
    private final String from;

    MailSender(ObjectProvider<JavaMailSender> mailServer, MailOutboxRecords outbox, ClusterLock lock, MailComposer composer,
               Clock clock, @Value("${cxp.mail.from}") String from) {
        this.mailServer = mailServer;
        this.outbox = outbox;
        this.lock = lock;
        this.composer = composer;
        this.clock = clock;
        this.from = from;
    }

    /** Without {@code spring.mail.host} nothing is sent: the outbox screen shows what would have gone. */
    public boolean mailServerConfigured() {
        return mailServer.getIfAvailable() != null;
    }

    @Scheduled(fixedDelayString = "${cxp.mail.send-every:15s}", initialDelayString = "${cxp.mail.send-every:15s}")
    void scheduled() {
        if (mailServerConfigured()) {
            lock.runAlone("mail-sender", () -> sendDue(() -> { }));
        }
    }

    /** Sends every due mail; {@code betweenSendAndMark} lets a test stop the sender where a crash would. */
    int sendDue(Runnable betweenSendAndMark) {
        JavaMailSender server = mailServer.getIfAvailable();
        if (server == null) {
            return 0;
        }
        // Only the holder of the lock claims, so anything still claimed now was left by a sender that stopped.
        int left = outbox.markUncertain(clock.instant().plusSeconds(1));
        if (left > 0) {
            log.warn("{} mail(s) were being sent when the planner stopped; they are marked 'may have gone' in the outbox", left);
        }
        int sent = 0;
        List<MailOutboxRecords.Claimed> due;
        while (!(due = outbox.claimDue(clock.instant(), BATCH)).isEmpty()) {
            for (MailOutboxRecords.Claimed mail : due) {
                try {
                    server.send(mime(mail));
                } catch (MailException | MessagingException e) {
                    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                    if (mail.attempts() >= ATTEMPTS) {
                        outbox.failed(mail.id(), reason);
                        log.warn("Mail {} failed after {} attempts: {}", mail.id(), mail.attempts(), reason);
                    } else {
                        outbox.retryAt(mail.id(), clock.instant().plus(RetryAfter.attempts(mail.attempts())), reason);
                    }
                    continue;
                }
                betweenSendAndMark.run();
                outbox.sent(mail.id(), clock.instant());
                sent++;
            }
        }
        return sent;
    }

    private MimeMessage mime(MailOutboxRecords.Claimed mail) throws MessagingException {
        MimeMessage message = new KeyedMessage(Session.getInstance(new Properties()), "<" + mail.key() + "@cx-planner>");
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(from);
        helper.setTo(mail.toAddress());
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), mail.html());
        message.setHeader("List-Unsubscribe", "<" + composer.preferencesUrl() + ">");
        message.setHeader("X-CXP-Key", mail.key());
        return message;
    }

    /** Keeps the outbox key as the Message-ID, which the mail library would otherwise replace when sending. */
    private static final class KeyedMessage extends MimeMessage {
        private final String messageId;

        KeyedMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
