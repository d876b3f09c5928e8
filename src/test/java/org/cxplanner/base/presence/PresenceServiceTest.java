package org.cxplanner.base.presence;

import org.cxplanner.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PresenceServiceTest extends IntegrationTest {

    @Autowired
    private PresenceService presence;

    @ParameterizedTest
    @ValueSource(strings = {"VIEWER", "MARKETING", "CX", "CMO", "CCO", "ADMIN"})
    void everyoneSignedInIsShownOncePerPersonWhateverTheirTabs(String role) {
        actAs("someone", role);
        UUID first = presence.enter("raci");
        presence.enter("raci");
        assertThat(presence.on("raci")).containsExactly(new Present("someone", "someone"));
        assertThat(presence.on("catalog")).isEmpty();
        presence.leave(first);
        assertThat(presence.on("raci")).hasSize(1);
    }

    /** Opening screens while the renewal runs (every few seconds on every node) never fails the screen being opened. */
    @Test
    void openingAScreenWhileTheRenewalRunsNeverFails() throws Exception {
        actAs("someone", "CX");
        var renewing = new java.util.concurrent.atomic.AtomicBoolean(true);
        Thread renewal = new Thread(() -> {
            while (renewing.get()) {
                presence.renewConnected();
            }
        });
        renewal.start();
        try {
            for (int i = 0; i < 300; i++) {
                presence.enter("raci", () -> true);
            }
        } finally {
            renewing.set(false);
            renewal.join();
        }
        assertThat(presence.on("raci")).containsExactly(new Present("someone", "someone"));
    }

    /** A screen's own entry is written after its request; who is there reaches the screen then, itself included. */
    @Test
    void aScreenIsEnteredAndLeftAfterItsRequestInOrder() throws Exception {
        actAs("cco", "CCO");
        presence.enter("raci");
        actAs("cx", "CX");
        var everyone = new java.util.concurrent.CompletableFuture<java.util.List<Present>>();
        UUID entry = presence.enterSoon("raci", () -> true, everyone::complete);
        presence.leaveSoon(entry);
        assertThat(everyone.get(5, java.util.concurrent.TimeUnit.SECONDS)).extracting(Present::username)
                .containsExactly("cco", "cx");
        presence.settle();
        // Left right after entering: the removal still came after the writing, so nothing stays behind.
        assertThat(presence.on("raci")).extracting(Present::username).containsExactly("cco");
    }

    @Test
    void anonymousCallersCannotEnterOrLook() {
        assertThatThrownBy(() -> presence.enterSoon("raci", () -> true, everyone -> { }))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> presence.enter("raci")).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> presence.on("raci")).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
