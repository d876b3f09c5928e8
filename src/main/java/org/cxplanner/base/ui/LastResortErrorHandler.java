package org.cxplanner.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Whatever a screen did not handle itself still reaches the user in words: a refusal or an edit conflict as what it
 * is, anything else as "That didn't work" with a reference that is also in the log beside the stack trace, so a
 * support person finds the one line that matters. Registered for every session.
 */
@Component
public class LastResortErrorHandler implements ErrorHandler, VaadinServiceInitListener {

    public static final String NOT_ALLOWED = "Your role may not do that here, so nothing was changed.";
    private static final Logger log = LoggerFactory.getLogger(LastResortErrorHandler.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        String message = messageFor(event.getThrowable());
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notifications.error(message);
        }
    }

    /** What the user is told; unexpected failures are logged with the reference the message names. */
    public static String messageFor(Throwable thrown) {
        AccessDeniedException refused = find(thrown, AccessDeniedException.class);
        if (refused != null) {
            log.info("Refused: {}", refused.getMessage());
            return Notifications.inWords(refused.getMessage());
        }
        if (find(thrown, EditConflict.class) != null || find(thrown, OptimisticLockingFailureException.class) != null) {
            return EditConflict.MESSAGE;
        }
        FieldProblem problem = find(thrown, FieldProblem.class);
        if (problem != null) {
            return problem.getMessage();
        }
        String reference = HexFormat.of().formatHex(bytes());
        log.error("Unexpected error shown to the user as reference {}", reference, thrown);
        String what = find(thrown, DataIntegrityViolationException.class) != null
                ? "a value was too long, out of range or no longer valid, so nothing was saved"
                : "something unexpected went wrong, and nothing was saved half-way";
        return "That didn't work: " + what + ". Try again, or reload the page (reference " + reference + ").";
    }

    private static byte[] bytes() {
        byte[] bytes = new byte[4];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
