package org.cxplanner.messaging;

import org.cxplanner.IntegrationTest;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.ReadableDates;
import org.cxplanner.review.AgendaItem;
import org.cxplanner.review.AgendaSection;
import org.cxplanner.review.ReviewQueries;
import org.cxplanner.roadmap.InitiativeRow;
import org.cxplanner.roadmap.RoadmapFilter;
import org.cxplanner.roadmap.RoadmapService;
import org.cxplanner.security.Team;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A message that promises an initiative's delivery: not signed to send before it is done; a later move of the
 * initiative past the send date warns on the sign-offs, in the list and in the weekly review, with who moved it.
 */
class DeliveryPromiseTest extends IntegrationTest {

    @Autowired
    private MessageQueries messaging;
    @Autowired
    private MessageEditing editing;
    @Autowired
    private MessageAlignment alignment;
    @Autowired
    private MessageRepository messages;
    @Autowired
    private RoadmapService roadmap;
    @Autowired
    private ReviewQueries reviews;

    private long message(String title) {
        return jdbc.queryForObject("SELECT id FROM message WHERE title = ?", Long.class, title);
    }

    private InitiativeRow initiative(String title) {
        return roadmap.span(RoadmapFilter.ALL, null, null).stream().filter(r -> r.title().equals(title)).findFirst().orElseThrow();
    }

    private int version(long id) {
        return messages.findById(id).orElseThrow().getVersion();
    }

    @Test
    void signingIsRefusedWhileAPromisedInitiativeEndsAfterTheSendDate() {
        actAs("admin", "ADMIN");
        InitiativeRow help = initiative("Help centre search");
        long id = message("Help centre relaunch note");
        MessageForm form = MessageForm.of(messages.findById(id).orElseThrow());
        form.setPromisedInitiativeIds(Set.of(help.id()));
        editing.updateContent(id, version(id), form);
        // Every required item ticked, so only the promise stands in the way.
        jdbc.update("UPDATE message_check SET ticked = TRUE, ticked_by = 'cx', ticked_at = now() WHERE message_id = ?", id);
        assertThat(messages.findById(id).orElseThrow().getPromisedInitiativeIds()).containsExactly(help.id());

        actAs("cco", "CCO");
        String expected = "promises 'Help centre search' which ends " + ReadableDates.of(help.endDate()) + ", after this send date";
        assertThatThrownBy(() -> alignment.signOff(id, version(id), Team.CX)).isInstanceOf(FieldProblem.class)
                .hasMessage("Not yet: this message " + expected + ". Move the send date, or sign once it is delivered.");
        MessageDetails details = messaging.details(id).orElseThrow();
        assertThat(details.deliveryProblems()).containsExactly("This message " + expected + ".");
        assertThat(messaging.rows()).filteredOn(r -> r.id() == id).singleElement()
                .satisfies(row -> assertThat(row.promiseText()).isEqualTo("P" + expected.substring(1)));

        // Done, the promise is kept whatever its dates.
        jdbc.update("UPDATE initiative SET status = 'DONE' WHERE id = ?", help.id());
        assertThat(alignment.signOff(id, version(id), Team.CX).signOff(Team.CX)).isPresent();
    }

    @Test
    void aSendDateAfterTheEndKeepsThePromiseAndADroppedInitiativeBreaksIt() {
        actAs("admin", "ADMIN");
        long id = message("New onboarding call invitation");
        assertThat(messaging.details(id).orElseThrow().latePromises()).isEmpty();
        jdbc.update("UPDATE initiative SET status = 'DROPPED' WHERE title = 'Onboarding call redesign'");
        assertThat(messaging.details(id).orElseThrow().deliveryProblems())
                .containsExactly("This message promises 'Onboarding call redesign', which was dropped.");
    }

    @Test
    void aMoveAfterSigningWarnsOnTheSignOffsAndInTheNextReviewWithWhoMovedIt() {
        long id = message("New onboarding call invitation");
        Message aligned = messages.findById(id).orElseThrow();
        assertThat(aligned.getStatus()).isEqualTo(MessageStatus.ALIGNED);
        actAs("cco", "CCO");
        InitiativeRow onboarding = initiative("Onboarding call redesign");
        roadmap.reschedule(onboarding.id(), onboarding.version(), onboarding.startDate().plusWeeks(2), false);

        MessageDetails details = messaging.details(id).orElseThrow();
        assertThat(details.message().signOff(Team.MARKETING)).as("the sign-offs stand, with a warning").isPresent();
        assertThat(details.latePromises()).singleElement().satisfies(late -> {
            assertThat(late.initiativeTitle()).isEqualTo("Onboarding call redesign");
            assertThat(late.initiativeEnd()).isEqualTo(onboarding.endDate().plusWeeks(2));
        });

        var agenda = reviews.page(reviews.currentWeek()).agenda();
        assertThat(agenda.of(AgendaSection.MESSAGES)).filteredOn(i -> i.group().equals("Promise check fails"))
                .extracting(AgendaItem::title).contains("New onboarding call invitation");
        assertThat(agenda.of(AgendaSection.MESSAGES)).filteredOn(i -> i.group().equals("Promises broken by a date change since the last review"))
                .singleElement().satisfies(item -> {
                    assertThat(item.title()).isEqualTo("New onboarding call invitation");
                    assertThat(item.detail()).startsWith("Sends " + java.time.format.DateTimeFormatter.ofPattern("EEE d MMM", java.util.Locale.ENGLISH).format(onboarding.endDate().plusDays(7))
                            + " but 'Onboarding call redesign' now ends").contains("'Onboarding call redesign' moved ")
                            .contains(" by Chris Customer-Lead, ");
                });
        assertThat(agenda.of(AgendaSection.ROADMAP)).filteredOn(i -> i.group().equals("New dependency conflicts since the last review"))
                .singleElement().satisfies(item -> {
                    assertThat(item.title()).isEqualTo("Renewal notice rewrite ← Onboarding call redesign");
                    assertThat(item.detail()).contains("'Onboarding call redesign' moved ").contains(" by Chris Customer-Lead, ");
                });
    }
}
