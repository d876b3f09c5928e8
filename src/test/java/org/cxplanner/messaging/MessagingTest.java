package org.cxplanner.messaging;

import org.cxplanner.security.Team;

import org.cxplanner.IntegrationTest;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.raci.RaciLetter;
import org.cxplanner.raci.RaciService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The alignment rules of PRODUCT.md at the service layer: ticks by side, sign-offs by lead, versions, promise check. */
class MessagingTest extends IntegrationTest {

    @Autowired
    private MessageQueries messaging;
    @Autowired
    private MessageEditing editing;
    @Autowired
    private MessageAlignment alignment;
    @Autowired
    private MessageRepository messages;
    @Autowired
    private RaciService raci;

    @Test
    void tickingEverythingAndBothLeadsSigningMakesAMessageAligned() {
        long id = newsletter();
        tickAll(id, "marketer", "MARKETING", Team.MARKETING, Team.JOINT);
        tickAll(id, "cx", "CX", Team.CX);
        actAs("cmo", "CMO");
        assertThat(alignment.signOff(id, version(id), Team.MARKETING).getStatus()).isEqualTo(MessageStatus.IN_REVIEW);
        actAs("cco", "CCO");
        Message aligned = alignment.signOff(id, version(id), Team.CX);
        assertThat(aligned.getStatus()).isEqualTo(MessageStatus.ALIGNED);
        assertThat(aligned.signOff(Team.CX).orElseThrow().contentVersion()).isEqualTo(aligned.getContentVersion());
    }

    @Test
    void editingTheContentWithdrawsBothSignOffsAndShowsWhatChanged() {
        long id = alignedNewsletter();
        actAs("marketer", "MARKETING");
        Message before = messages.findById(id).orElseThrow();
        MessageForm form = MessageForm.of(before);
        form.setTitle("December newsletter, revised");
        form.setSendDate(before.getSendDate().plusDays(1));
        Message edited = editing.updateContent(id, before.getVersion(), form);
        assertThat(edited.getStatus()).isEqualTo(MessageStatus.IN_REVIEW);
        assertThat(edited.signOff(Team.MARKETING)).isEmpty();
        assertThat(edited.signOff(Team.CX)).isEmpty();
        MessageDetails details = messaging.details(id).orElseThrow();
        assertThat(details.withdrawals()).hasSize(2).allSatisfy(w -> {
            assertThat(w.withdrawnBy()).isEqualTo("marketer");
            assertThat(w.reason()).isEqualTo("The content changed (Title, Send date).");
        });
        assertThat(details.changedSinceSigned()).containsOnlyKeys("Title", "Send date");
        assertThat(details.changedSinceSigned().get("Title")).containsExactly("December newsletter", "December newsletter, revised");
    }

    @Test
    void untickingAMarketingItemWithdrawsOnlyTheCmosSignOff() {
        long id = alignedNewsletter();
        actAs("marketer", "MARKETING");
        int marketingItem = position(id, Team.MARKETING);
        Message after = alignment.tick(id, version(id), marketingItem, false, null);
        assertThat(after.signOff(Team.MARKETING)).isEmpty();
        assertThat(after.signOff(Team.CX)).isPresent();
        assertThat(after.getStatus()).isEqualTo(MessageStatus.IN_REVIEW);
        assertThat(messaging.details(id).orElseThrow().withdrawals()).singleElement()
                .satisfies(w -> assertThat(w.reason()).isEqualTo("'Voice and tone match the brand guide' was unticked."));
    }

    @Test
    void aTickStoresThatItemAndANewVersionAndLeavesTheRestOfTheMessageAsItWas() {
        long id = newsletter();
        Message before = messages.findById(id).orElseThrow();
        actAs("cx", "CX");
        int cxItem = position(id, Team.CX);

        Message returned = alignment.tick(id, before.getVersion(), cxItem, true, "Support rota agreed");

        Message stored = messages.findById(id).orElseThrow();
        assertThat(returned.getVersion()).isEqualTo(before.getVersion() + 1).isEqualTo(stored.getVersion());
        assertThat(stored.getUpdatedBy()).isEqualTo("cx");
        MessageCheck ticked = stored.getChecks().get(cxItem);
        assertThat(ticked.ticked()).isTrue();
        assertThat(ticked.tickedBy()).isEqualTo("cx");
        assertThat(ticked.tickedAt()).isNotNull();
        assertThat(ticked.note()).isEqualTo("Support rota agreed");
        assertThat(ticked.text()).isEqualTo(before.getChecks().get(cxItem).text());
        assertThat(returned.getChecks().get(cxItem).ticked()).isTrue();
        for (int i = 0; i < before.getChecks().size(); i++) {
            if (i != cxItem) {
                assertThat(stored.getChecks().get(i)).isEqualTo(before.getChecks().get(i));
            }
        }
        assertThat(stored.getTouchpointIds()).isEqualTo(before.getTouchpointIds());
        assertThat(stored.getTitle()).isEqualTo(before.getTitle());
        assertThat(stored.getStatus()).isEqualTo(before.getStatus());

        alignment.tick(id, stored.getVersion(), cxItem, false, null);
        MessageCheck unticked = messages.findById(id).orElseThrow().getChecks().get(cxItem);
        assertThat(unticked).isEqualTo(before.getChecks().get(cxItem));
        assertThat(messaging.details(id).orElseThrow().withdrawals()).isEmpty();
    }

    @Test
    void aTickOnAnOutdatedVersionIsRefusedAndWritesNothing() {
        long id = newsletter();
        int seen = version(id);
        actAs("cx", "CX");
        int cxItem = position(id, Team.CX);
        actAs("marketer", "MARKETING");
        alignment.tick(id, seen, position(id, Team.MARKETING), true, null);
        actAs("cx", "CX");

        assertThatThrownBy(() -> alignment.tick(id, seen, cxItem, true, null)).isInstanceOf(org.cxplanner.base.EditConflict.class)
                .hasMessageContaining("changed this message while you were looking");
        assertThat(messages.findById(id).orElseThrow().getChecks().get(cxItem).ticked()).isFalse();
        assertThat(version(id)).isEqualTo(seen + 1);
    }

    @Test
    void eachSideTicksOnlyItsOwnAndJointItems() {
        long id = newsletter();
        actAs("marketer", "MARKETING");
        int cxItem = position(id, Team.CX);
        assertThatThrownBy(() -> alignment.tick(id, version(id), cxItem, true, null)).isInstanceOf(AccessDeniedException.class);
        actAs("viewer", "VIEWER");
        assertThatThrownBy(() -> alignment.tick(id, version(id), 0, true, null)).isInstanceOf(AccessDeniedException.class);
        actAs("admin", "ADMIN");
        assertThatThrownBy(() -> alignment.tick(id, version(id), 0, true, null)).isInstanceOf(AccessDeniedException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"MARKETING", "CX", "ADMIN", "VIEWER"})
    void onlyTheLeadsSign(String role) {
        long id = newsletter();
        tickAll(id, "marketer", "MARKETING", Team.MARKETING, Team.JOINT);
        tickAll(id, "cx", "CX", Team.CX);
        actAs("someone", role);
        assertThatThrownBy(() -> alignment.signOff(id, version(id), Team.MARKETING)).isInstanceOf(AccessDeniedException.class);
        actAs("cco", "CCO");
        assertThatThrownBy(() -> alignment.signOff(id, version(id), Team.MARKETING)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSignOffIsRefusedWhileARequiredItemIsOpen() {
        long id = newsletter();
        actAs("cmo", "CMO");
        assertThatThrownBy(() -> alignment.signOff(id, version(id), Team.MARKETING)).isInstanceOf(FieldProblem.class)
                .hasMessageStartingWith("Not yet: 8 required items are not ticked (Voice and tone match the brand guide;");
    }

    @Test
    void aMessagePromisingSomethingNobodyOwnsCannotBeSignedUntilTheRaciIsSettled() {
        long id = id("Spring campaign teaser");
        tickAll(id, "marketer", "MARKETING", Team.MARKETING, Team.JOINT);
        tickAll(id, "cx", "CX", Team.CX);
        actAs("cmo", "CMO");
        assertThatThrownBy(() -> alignment.signOff(id, version(id), Team.MARKETING)).isInstanceOf(FieldProblem.class)
                .hasMessageStartingWith("Nobody is accountable for Social media: settle it in the RACI matrix first.");
        long socialMedia = jdbc.queryForObject("SELECT id FROM touchpoint WHERE name = 'Social media'", Long.class);
        long cco = jdbc.queryForObject("SELECT id FROM business_function WHERE name = 'CCO'", Long.class);
        raci.setCell(socialMedia, cco, RaciLetter.C, RaciLetter.A);
        assertThat(alignment.signOff(id, version(id), Team.MARKETING).signOff(Team.MARKETING)).isPresent();
    }

    @Test
    void aSentMessageCannotChangeAndOnlyAnAlignedOneIsSent() {
        long draft = newsletter();
        actAs("marketer", "MARKETING");
        assertThatThrownBy(() -> editing.moveTo(draft, version(draft), MessageStatus.SENT)).isInstanceOf(FieldProblem.class)
                .hasMessageStartingWith("Only an aligned message can be marked sent");
        long aligned = alignedNewsletter();
        actAs("marketer", "MARKETING");
        editing.moveTo(aligned, version(aligned), MessageStatus.SENT);
        assertThatThrownBy(() -> alignment.tick(aligned, version(aligned), 0, false, null)).isInstanceOf(FieldProblem.class)
                .hasMessage("This message has been sent: it can no longer change.");
        MessageForm form = MessageForm.of(messages.findById(aligned).orElseThrow());
        form.setTitle("Too late");
        assertThatThrownBy(() -> editing.updateContent(aligned, version(aligned), form)).isInstanceOf(FieldProblem.class);
    }

    @Test
    void theDemoPairClashesUntilADateMovesAway() {
        actAs("viewer", "VIEWER");
        assertThat(messaging.rows()).filteredOn(row -> !row.clashes().isEmpty()).extracting(MessageRow::title)
                .containsExactlyInAnyOrder("December customer newsletter", "Year-end product tips");
        long tips = id("Year-end product tips");
        assertThat(messaging.details(tips).orElseThrow().clashes()).as("a message's page shows the list's clashes")
                .isEqualTo(messaging.rows().stream().filter(row -> row.id() == tips).findFirst().orElseThrow().clashes())
                .extracting(org.cxplanner.messaging.Clash::otherTitle).containsExactly("December customer newsletter");
        actAs("cx", "CX");
        MessageForm form = MessageForm.of(messages.findById(tips).orElseThrow());
        form.setSendDate(form.getSendDate().plusDays(5));
        editing.updateContent(tips, version(tips), form);
        assertThat(messaging.rows()).allSatisfy(row -> assertThat(row.clashes()).isEmpty());
        assertThat(messaging.details(tips).orElseThrow().clashes()).isEmpty();
    }

    @Test
    void theNoClashItemIsTickedOnlyWithANoteWhileAClashStands() {
        long newsletter = id("December customer newsletter");
        actAs("marketer", "MARKETING");
        int clashItem = messages.findById(newsletter).orElseThrow().getChecks().stream().map(MessageCheck::checksClash).toList().indexOf(true);
        assertThatThrownBy(() -> alignment.tick(newsletter, version(newsletter), clashItem, true, " ")).isInstanceOf(FieldProblem.class)
                .hasMessage("This message clashes with 'Year-end product tips' (" + messages.findById(id("Year-end product tips"))
                        .orElseThrow().getSendDate() + "): move one of them, or accept the clash with a note saying why.");
        Message ticked = alignment.tick(newsletter, version(newsletter), clashItem, true, "Different content, agreed with CX");
        assertThat(ticked.getChecks().get(clashItem).note()).isEqualTo("Different content, agreed with CX");
    }

    @Test
    void onlyLeadsChangeTheClashWindow() {
        actAs("marketer", "MARKETING");
        assertThatThrownBy(() -> editing.setClashDays(1)).isInstanceOf(AccessDeniedException.class);
        actAs("cco", "CCO");
        editing.setClashDays(1);
        assertThat(messaging.clashDays()).isEqualTo(1);
        assertThat(messaging.rows()).allSatisfy(row -> assertThat(row.clashes()).isEmpty());
    }

    @Test
    void aLeadAsksTheOtherToSignAndItWaitsForThem() {
        long tips = id("Year-end product tips");
        actAs("cco", "CCO");
        assertThat(titles(messaging.waitingForMe())).containsExactly("December customer newsletter", "Renewal reminder, January");
        assertThat(titles(messaging.readyForMe())).as("the home page counts only what can be signed now")
                .doesNotContain("December customer newsletter");
        actAs("cmo", "CMO");
        alignment.requestSignOff(tips, Team.CX);
        actAs("cco", "CCO");
        assertThat(titles(messaging.waitingForMe())).contains("Year-end product tips");
        assertThat(messaging.details(tips).orElseThrow().signOffRequests()).containsEntry(Team.CX, "cmo");
        actAs("marketer", "MARKETING");
        assertThat(messaging.waitingForMe()).isEmpty();
        assertThatThrownBy(() -> alignment.requestSignOff(tips, Team.CX)).isInstanceOf(AccessDeniedException.class);
    }

    private java.util.List<String> titles(java.util.List<Long> ids) {
        return ids.stream().map(i -> jdbc.queryForObject("SELECT title FROM message WHERE id = ?", String.class, i)).toList();
    }

    private long newsletter() {
        actAs("marketer", "MARKETING");
        long template = jdbc.queryForObject("SELECT id FROM checklist_template WHERE name = 'Newsletter'", Long.class);
        MessageForm form = new MessageForm();
        form.setTitle("December newsletter");
        form.setChannel(MessageChannel.NEWSLETTER);
        form.setAudienceStageId(jdbc.queryForObject("SELECT id FROM journey_stage WHERE name = 'Adoption'", Long.class));
        form.setSendDate(LocalDate.now().plusWeeks(3));
        form.setTeam(org.cxplanner.security.Team.JOINT);
        form.getTouchpointIds().add(jdbc.queryForObject("SELECT id FROM touchpoint WHERE name = 'Product tips newsletter'", Long.class));
        return editing.create(template, form).getId();
    }

    private long alignedNewsletter() {
        long id = newsletter();
        tickAll(id, "marketer", "MARKETING", Team.MARKETING, Team.JOINT);
        tickAll(id, "cx", "CX", Team.CX);
        actAs("cmo", "CMO");
        alignment.signOff(id, version(id), Team.MARKETING);
        actAs("cco", "CCO");
        alignment.signOff(id, version(id), Team.CX);
        return id;
    }

    private void tickAll(long id, String user, String role, Team... sides) {
        actAs(user, role);
        var checks = messages.findById(id).orElseThrow().getChecks();
        for (int i = 0; i < checks.size(); i++) {
            if (java.util.List.of(sides).contains(checks.get(i).side()) && !checks.get(i).ticked()) {
                // A note accepts a send clash, should the test's messages fall within a few days of each other.
                alignment.tick(id, version(id), i, true, checks.get(i).checksClash() ? "Accepted: different audiences" : null);
            }
        }
    }

    private int position(long id, Team side) {
        var checks = messages.findById(id).orElseThrow().getChecks();
        for (int i = 0; i < checks.size(); i++) {
            if (checks.get(i).side() == side) {
                return i;
            }
        }
        throw new IllegalStateException();
    }

    private int version(long id) {
        return messages.findById(id).orElseThrow().getVersion();
    }

    private long id(String title) {
        return jdbc.queryForObject("SELECT id FROM message WHERE title = ?", Long.class, title);
    }
}
