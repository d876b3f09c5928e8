package org.cxplanner.messaging.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.TextField;
import org.cxplanner.messaging.ui.MessageView;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import org.cxplanner.KaribuTest;

/** Limits the database enforces are checked first and said in words next to the field (issue: nothing fails silently). */
class ChecklistNoteLimitTest extends KaribuTest {

    @Test
    void aTooLongChecklistNoteIsRefusedAndTheItemStaysOpen() {
        long id = jdbc.queryForObject("SELECT id FROM message WHERE title = 'December customer newsletter'", Long.class);
        loginAndOpen("cx", "");
        UI.getCurrent().navigate(MessageView.class, id);
        MessageView page = _get(MessageView.class);
        TextField note = _find(page, TextField.class).stream()
                .filter(f -> f.getClassNames().contains("check-note") && !f.getPlaceholder().startsWith("Why")).findFirst().orElseThrow();
        String label = note.getAriaLabel().orElseThrow().substring("Note for ".length());
        _setValue(note, "n".repeat(1001));
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("Too long: 1,001 characters, at most 1,000. Shorten it by 1.");
        assertThat(note.getHelperText()).isEqualTo("1,001/1,000");
        Checkbox box = _find(page.checklist, Checkbox.class).stream().filter(b -> b.getLabel().startsWith(label))
                .findFirst().orElseThrow();
        _setValue(box, true);
        assertThat(getNotifications()).anySatisfy(n -> assertThat(n.getElement().getProperty("text"))
                .contains("The note is too long: 1001 characters, at most 1000"));
        assertThat(jdbc.queryForObject("SELECT ticked FROM message_check WHERE message_id = ? AND text = ?",
                Boolean.class, id, label)).isFalse();
    }
}
