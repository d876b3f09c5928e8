package org.cxplanner.notifications;

import org.cxplanner.IntegrationTest;
import org.cxplanner.security.Roles;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Every role against the outbox and the planner's own jobs: only administrators read the outbox; no person runs the jobs. */
class NotificationSecurityTest extends IntegrationTest {

    @Autowired
    private OutboxService outbox;
    @Autowired
    private DigestService digests;
    @Autowired
    private NotificationService notifications;
    @Autowired
    private TransactionTemplate transactions;

    @ParameterizedTest
    @ValueSource(strings = {"VIEWER", "MARKETING", "CX", "CMO", "CCO", "ADMIN", "ANONYMOUS"})
    void onlyAdministratorsSeeTheOutboxAndOnlyThePlannerItselfRunsRemindersAndDigests(String role) {
        if (role.equals("ANONYMOUS")) {
            SecurityContextHolder.clearContext();
        } else {
            actAs("someone", role);
        }
        Class<? extends Exception> refused = role.equals("ANONYMOUS") ? AuthenticationCredentialsNotFoundException.class : AccessDeniedException.class;
        if (role.equals(Roles.ADMIN)) {
            assertThatCode(() -> outbox.page(0, 10)).doesNotThrowAnyException();
            assertThatCode(() -> outbox.count()).doesNotThrowAnyException();
            assertThatCode(() -> outbox.sendAgain(1)).doesNotThrowAnyException();
        } else {
            assertThatThrownBy(() -> outbox.page(0, 10)).isInstanceOf(refused);
            assertThatThrownBy(() -> outbox.count()).isInstanceOf(refused);
            assertThatThrownBy(() -> outbox.sendAgain(1)).isInstanceOf(refused);
            assertThatThrownBy(() -> outbox.mailServerConfigured()).isInstanceOf(refused);
        }
        assertThatThrownBy(() -> digests.remindOnce()).isInstanceOf(refused);
        assertThatThrownBy(() -> digests.queueDigests()).isInstanceOf(refused);
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> notifications.remind(Recipients.roles(Roles.CCO),
                NotificationKind.ACTION_DUE, "forged reminder", null, null, "forged"))).isInstanceOf(refused);
    }
}
