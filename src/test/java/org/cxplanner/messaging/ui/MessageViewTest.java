package org.cxplanner.messaging.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import org.cxplanner.KaribuTest;
import org.cxplanner.messaging.MessageRow;
import org.cxplanner.messaging.MessageStatus;
import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.button.Button;

import java.time.LocalDate;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class MessageViewTest extends KaribuTest {

    @Test
    void theListShowsEveryDemoMessageWithItsProgress() {
        loginAndOpen("viewer", "messages");
        MessagesView view = _get(MessagesView.class);
        List<MessageRow> rows = GridKt._findAll(view.grid);
        assertThat(rows).hasSize(9);
        assertThat(rows).extracting(MessageRow::status).contains(MessageStatus.values());
        assertThat(view.create.isVisible()).isFalse();
    }

    @Test
    void theCmoSignsAfterTheChecklistIsDoneAndARequiredOpenItemIsExplained() {
        long id = id("December customer newsletter");
        login("cmo");
        UI.getCurrent().navigate(MessageView.class, id);
        MessageView page = _get(MessageView.class);
        assertThat(page.signMarketing.isVisible()).isTrue();
        assertThat(page.signCx.isVisible()).isFalse();
        assertThat(page.signMarketing.isEnabled()).as("refused before the click, with the reason beside it").isFalse();
        assertThat(page.signBlocked.getText()).isEqualTo("Not yet: 3 required items are not ticked (No clash with other sends that week; "
                + "Support is ready for replies; Legal and accessibility checked).");

        List<Checkbox> boxes = _find(page.checklist, Checkbox.class);
        Checkbox support = boxes.stream().filter(b -> b.getLabel().startsWith("Support is ready")).findFirst().orElseThrow();
        assertThat(support.isEnabled()).as("a CX item").isFalse();
        for (Checkbox box : boxes) {
            if (box.isEnabled() && !box.getValue()) {
                _setValue(box, true);
                page = _get(MessageView.class);
            }
        }
        assertThat(page.recordLines.promise.shownText()).contains("Product tips newsletter — accountable: CCO");
        assertThat(page.signBlocked.getText()).as("the CX items are still open").startsWith("Not yet: 2 required items");
    }

    @Test
    void aMessageLinkedToATouchpointNobodyOwnsSaysSo() {
        login("cco");
        UI.getCurrent().navigate(MessageView.class, id("Spring campaign teaser"));
        MessageView page = _get(MessageView.class);
        assertThat(page.recordLines.promise.shownText())
                .contains("Nobody is accountable for Social media: settle it in the RACI matrix before this message is signed.");
        assertThat(page.edit.isVisible()).as("a marketing message, for the CCO").isFalse();
    }

    @Test
    void theCalendarFlagsTheClashingPair() {
        loginAndOpen("viewer", "messages/calendar");
        MessageCalendarView calendar = _get(MessageCalendarView.class);
        String all = calendar.grid.getElement().getTextRecursively() + calendar.week.getElement().getTextRecursively();
        LocalDate newsletter = LocalDate.now().plusDays(9);
        if (java.time.YearMonth.from(newsletter).equals(java.time.YearMonth.now())) {
            assertThat(all).contains("December customer newsletterIn review⚠ clash");
        } else {
            _click(_find(Button.class).stream().filter(b -> "Next month".equals(b.getAriaLabel().orElse(""))).findFirst().orElseThrow());
            assertThat(calendar.grid.getElement().getTextRecursively()).contains("December customer newsletterIn review⚠ clash");
        }
        login("cmo");
        UI.getCurrent().navigate(MessageView.class, id("December customer newsletter"));
        MessageView page = _get(MessageView.class);
        assertThat(page.clashes.shownText()).contains("⚠ Send clash: 'Year-end product tips'");

        // Ticking "no clash" without a note is refused, and the box shows the item still open.
        Checkbox noClash = _find(page.checklist, Checkbox.class).stream()
                .filter(b -> b.getLabel().startsWith("No clash with other sends")).findFirst().orElseThrow();
        _setValue(noClash, true);
        Checkbox again = _find(page.checklist, Checkbox.class).stream()
                .filter(b -> b.getLabel().startsWith("No clash with other sends")).findFirst().orElseThrow();
        assertThat(again.getValue()).isFalse();
        assertThat(_find(page.checklist, Checkbox.class)).filteredOn(b -> b.getLabel().startsWith("Support is ready"))
                .singleElement().satisfies(b -> assertThat(b.getValue()).isFalse());
    }

    @Test
    void theListFiltersLiveInTheUrlAndWaitingForMeIsForLeadsOnly() {
        login("cco");
        UI.getCurrent().navigate("messages", com.vaadin.flow.router.QueryParameters.fromString("waiting=true"));
        MessagesView view = _get(MessagesView.class);
        assertThat(view.waiting.getValue()).isTrue();
        assertThat(GridKt._findAll(view.grid)).extracting(MessageRow::title)
                .containsExactly("December customer newsletter", "Renewal reminder, January");
        _setValue(view.waiting, false);
        _setValue(view.status, MessageStatus.DRAFT);
        assertThat(GridKt._findAll(view.grid)).hasSize(4);
        assertThat(view.exports.href("csv")).isEqualTo("/export/messages.csv?status=DRAFT");
    }

    @Test
    void waitingForMySignOffIsOfferedToLeadsOnly() {
        loginAndOpen("marketer", "messages");
        assertThat(_get(MessagesView.class).waiting.isVisible()).isFalse();
    }

    @Test
    void viewersSeeTemplatesButCannotChangeThem() {
        loginAndOpen("viewer", "messages/templates");
        TemplatesView templates = _get(TemplatesView.class);
        assertThat(GridKt._size(templates.grid)).isEqualTo(4);
        assertThat(templates.create.isAttached()).isFalse();
    }

    @Test
    void theCmoManagesTemplates() {
        loginAndOpen("cmo", "messages/templates");
        TemplatesView templates = _get(TemplatesView.class);
        assertThat(templates.create.isAttached()).isTrue();
        _click(templates.create);
        TemplateDialog dialog = _get(TemplateDialog.class);
        _setValue(dialog.name, "Event invitation");
        _setValue(dialog.items.getFirst().text, "Venue and date confirmed");
        _click(dialog.save);
        assertThat(GridKt._size(templates.grid)).isEqualTo(5);
    }

    @Test
    void editingAnAlignedMessageShowsBothSignOffsWithdrawnAndWhatChanged() {
        long id = id("Welcome series, first email");
        login("cx");
        UI.getCurrent().navigate(MessageView.class, id);
        MessageView page = _get(MessageView.class);
        assertThat(page.status.getText()).isEqualTo("Aligned");
        _click(page.edit);
        MessageDialog dialog = _get(MessageDialog.class);
        _setValue(dialog.title, "Welcome series, first email (shorter)");
        _click(dialog.save);
        page = _get(MessageView.class);
        assertThat(page.status.getText()).isEqualTo("In review");
        assertThat(page.recordLines.signOffs.shownText()).contains("Marketing: not signed", "Customer experience: not signed");
        assertThat(page.recordLines.withdrawals.shownText())
                .contains("Marketing sign-off by Maria Marketing-Lead (version 1) withdrawn by Casey Experience")
                .contains("The content changed (Title).");
        assertThat(page.recordLines.changes.shownText())
                .contains("Title: Welcome series, first email → Welcome series, first email (shorter)");
        assertThat(page.live.getText().strip()).as("read out politely").isEqualTo("A sign-off was withdrawn: the content changed after it was signed.");
    }

    @Test
    void theEditorNamesTheInitiativesAMessagePromisesAndTheChangeIsContent() {
        long id = id("Help centre relaunch note");
        login("cx");
        UI.getCurrent().navigate(MessageView.class, id);
        _click(_get(MessageView.class).edit);
        MessageDialog dialog = _get(MessageDialog.class);
        org.cxplanner.roadmap.InitiativeRow help = dialog.promises.getListDataView().getItems()
                .filter(row -> row.title().equals("Help centre search")).findFirst().orElseThrow();
        _setValue(dialog.promises, java.util.Set.of(help));
        _click(dialog.save);
        MessageView page = _get(MessageView.class);
        assertThat(page.recordLines.promise.shownText()).contains("This message promises 'Help centre search' which ends ");
        assertThat(jdbc.queryForObject("SELECT initiative_id FROM message_promise WHERE message_id = ?", Long.class, id)).isEqualTo(help.id());
        assertThat(jdbc.queryForObject("SELECT content_version FROM message WHERE id = ?", Integer.class, id)).isEqualTo(2);
    }

    @Test
    void theCalendarWeekMovesOnItsOwn() {
        loginAndOpen("viewer", "messages/calendar");
        MessageCalendarView calendar = _get(MessageCalendarView.class);
        String thisWeek = calendar.weekLabel.getText();
        _click(_find(Button.class).stream().filter(b -> "Next week".equals(b.getAriaLabel().orElse(""))).findFirst().orElseThrow());
        assertThat(calendar.weekLabel.getText()).isNotEqualTo(thisWeek);
    }

    private long id(String title) {
        return jdbc.queryForObject("SELECT id FROM message WHERE title = ?", Long.class, title);
    }

    @Test
    void anInitiativeMovedPastTheSendDateWarnsOnTheSignOffsInTheListAndTheCalendar() {
        login("viewer");
        UI.getCurrent().navigate(MessageView.class, id("New onboarding call invitation"));
        assertThat(_get(MessageView.class).recordLines.promise.shownText())
                .contains("Promises the delivery of 'Onboarding call redesign': done by this send date as planned.");
        long onboarding = jdbc.queryForObject("SELECT id FROM initiative WHERE title = 'Onboarding call redesign'", Long.class);
        jdbc.update("UPDATE initiative SET start_date = start_date + 14, end_date = end_date + 14 WHERE id = ?", onboarding);
        java.time.LocalDate end = jdbc.queryForObject("SELECT end_date FROM initiative WHERE id = ?", java.time.LocalDate.class, onboarding);
        String late = "promises 'Onboarding call redesign' which ends " + org.cxplanner.base.ReadableDates.of(end) + ", after this send date";

        login("cmo");
        UI.getCurrent().navigate(MessageView.class, id("New onboarding call invitation"));
        MessageView page = _get(MessageView.class);
        assertThat(page.recordLines.signOffs.shownText()).contains("Marketing: signed by", "Signed, but this message now " + late);
        assertThat(page.recordLines.promise.shownText()).contains("This message " + late + ".").doesNotContain("as planned");

        loginAndOpen("viewer", "messages");
        MessagesView list = _get(MessagesView.class);
        assertThat(GridKt._findAll(list.grid)).filteredOn(row -> row.title().equals("New onboarding call invitation"))
                .singleElement().satisfies(row -> assertThat(row.promiseText()).isEqualTo("P" + late.substring(1)));
    }

    @Test
    void aLeadCannotSignWhileAPromisedInitiativeEndsAfterTheSendDateAndIsToldWhy() {
        long id = id("Help centre relaunch note");
        long help = jdbc.queryForObject("SELECT id FROM initiative WHERE title = 'Help centre search'", Long.class);
        jdbc.update("INSERT INTO message_promise (message_id, initiative_id) VALUES (?, ?)", id, help);
        jdbc.update("UPDATE message_check SET ticked = TRUE, ticked_by = 'cx', ticked_at = now() WHERE message_id = ?", id);
        login("cco");
        UI.getCurrent().navigate(MessageView.class, id);
        MessageView page = _get(MessageView.class);
        assertThat(page.signCx.isEnabled()).isFalse();
        assertThat(page.signBlocked.getText()).startsWith("Not yet: this message promises 'Help centre search' which ends ");
    }
}
