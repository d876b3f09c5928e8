package org.cxplanner.notifications;

import org.cxplanner.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/** What administrators see of the mail the planner sends (or, without a mail server, would send). */
@Service
public class OutboxService {

    private final MailOutboxRecords outbox;
    private final MailSender sender;
    private final Clock clock;

    OutboxService(MailOutboxRecords outbox, MailSender sender, Clock clock) {
        this.outbox = outbox;
        this.sender = sender;
        this.clock = clock;
    }

    @PreAuthorize(Roles.ADMINISTRATOR)
    @Transactional(readOnly = true)
    public List<OutboxMail> page(int offset, int limit) {
        return outbox.page(offset, limit);
    }

    @PreAuthorize(Roles.ADMINISTRATOR)
    @Transactional(readOnly = true)
    public int count() {
        return outbox.count();
    }

    @PreAuthorize(Roles.ADMINISTRATOR)
    public boolean mailServerConfigured() {
        return sender.mailServerConfigured();
    }

    /** Sends a failed mail, or one that may have gone, again; false when it is no longer failed or uncertain. */
    @PreAuthorize(Roles.ADMINISTRATOR)
    @Transactional
    public boolean sendAgain(long id) {
        return outbox.sendAgain(id, clock.instant()) == 1;
    }
}
