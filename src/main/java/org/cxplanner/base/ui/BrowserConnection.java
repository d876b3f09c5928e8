package org.cxplanner.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.communication.PushConnection;

import java.util.function.BooleanSupplier;

/**
 * Whether the browser of an open screen is still there: its push connection is up (a killed browser's closes at
 * once, as its process's sockets close), and it has been heard from within two and a half heartbeat intervals (a
 * closed laptop or a lost network closes nothing). The answer is read on the presence janitor's thread without the
 * session lock, so it reads only single fields that Vaadin updates as the browser comes and goes; the settings are
 * read here, under the lock.
 */
final class BrowserConnection {

    private BrowserConnection() {
    }

    static BooleanSupplier of(UI ui) {
        long allowedSilenceMillis = ui.getSession().getConfiguration().getHeartbeatInterval() * 2500L;
        boolean pushed = ui.getPushConfiguration().getPushMode().isEnabled();
        return () -> {
            if (ui.isClosing()) {
                return false;
            }
            long silentMillis = System.currentTimeMillis() - ui.getInternals().getLastHeartbeatTimestamp();
            if (allowedSilenceMillis > 0 && silentMillis > allowedSilenceMillis) {
                return false;
            }
            PushConnection push = pushed ? ui.getInternals().getPushConnection() : null;
            return push == null || push.isConnected();
        };
    }
}
