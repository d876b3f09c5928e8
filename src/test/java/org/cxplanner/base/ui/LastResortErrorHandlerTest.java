package org.cxplanner.base.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.cxplanner.KaribuTest;
import org.cxplanner.base.EditConflict;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.clearNotifications;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** Whatever a screen does not handle itself still reaches the user in words. */
class LastResortErrorHandlerTest extends KaribuTest {

    @Test
    void anUnexpectedErrorIsShownWithAReference() {
        loginAndOpen("cmo", "");
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new IllegalStateException("boom")));
        String shown = shownNotification();
        assertThat(shown).startsWith("That didn't work:").containsPattern("\\(reference [0-9a-f]{8}\\)\\.$")
                .doesNotContain("boom");
    }

    @Test
    void aValueTheDatabaseRefusesIsNamedAsSuch() {
        loginAndOpen("cmo", "");
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(
                new DataIntegrityViolationException("value too long for type character varying(1000)")));
        assertThat(shownNotification()).contains("a value was too long, out of range or no longer valid")
                .doesNotContain("varying");
    }

    @Test
    void aRefusalAndAConflictSayWhatTheyAre() {
        loginAndOpen("viewer", "");
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new AccessDeniedException("Access Denied")));
        assertThat(shownNotification()).isEqualTo(LastResortErrorHandler.NOT_ALLOWED);
        clearNotifications();
        VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(new RuntimeException(new EditConflict())));
        assertThat(shownNotification()).isEqualTo(EditConflict.MESSAGE);
    }

    @Test
    void aBareAccessDeniedFromAScreenIsSaidInWords() {
        loginAndOpen("viewer", "");
        Notifications.error("Access Denied");
        assertThat(shownNotification()).isEqualTo(LastResortErrorHandler.NOT_ALLOWED);
    }

    private static String shownNotification() {
        List<Notification> shown = getNotifications();
        assertThat(shown).hasSize(1);
        return shown.getFirst().getElement().getProperty("text");
    }
}
