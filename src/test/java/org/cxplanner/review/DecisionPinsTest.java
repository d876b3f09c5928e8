package org.cxplanner.review;

import org.cxplanner.IntegrationTest;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.export.ExportFormat;
import org.cxplanner.indicators.Indicator;
import org.cxplanner.indicators.IndicatorForm;
import org.cxplanner.indicators.IndicatorService;
import org.cxplanner.messaging.Message;
import org.cxplanner.messaging.MessageEditing;
import org.cxplanner.messaging.MessageForm;
import org.cxplanner.messaging.MessageQueries;
import org.cxplanner.raci.ImportPreview;
import org.cxplanner.raci.MatrixFilter;
import org.cxplanner.raci.RaciExportService;
import org.cxplanner.raci.RaciImportService;
import org.cxplanner.raci.RaciLetter;
import org.cxplanner.raci.RaciService;
import org.cxplanner.roadmap.Initiative;
import org.cxplanner.roadmap.InitiativeForm;
import org.cxplanner.roadmap.InitiativeStatus;
import org.cxplanner.roadmap.RoadmapService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Decisions that bind the plan: each kind of pinned value, changed through each path that can change it (the timeline,
 * the editor, the knock-on of a predecessor, a CSV import), is flagged on its item and on the agenda with who, when and
 * old → new, and holds again when changed back or released by a lead with a reason.
 */
class DecisionPinsTest extends IntegrationTest {

    @Autowired
    private DecisionPins pins;
    @Autowired
    private ReviewMeeting meeting;
    @Autowired
    private ReviewQueries reviews;
    @Autowired
    private RoadmapService roadmap;
    @Autowired
    private MessageEditing editing;
    @Autowired
    private MessageQueries messaging;
    @Autowired
    private RaciService raci;
    @Autowired
    private RaciImportService imports;
    @Autowired
    private RaciExportService exports;
    @Autowired
    private IndicatorService indicators;

    /** The demo's own pin (last week's, already broken) is tested with the demo; these tests start from none. */
    @org.junit.jupiter.api.BeforeEach
    void withoutTheDemosPin() {
        jdbc.update("DELETE FROM decision_pin");
    }

    private long id(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    private DecisionPin pinNow(String text, LinkKind kind, long itemId, PinKind pin) {
        String label = jdbc.queryForObject(switch (kind) {
            case INITIATIVE -> "SELECT title FROM initiative WHERE id = ?";
            case MESSAGE -> "SELECT title FROM message WHERE id = ?";
            case TOUCHPOINT -> "SELECT name FROM touchpoint WHERE id = ?";
            case INDICATOR -> "SELECT name FROM indicator WHERE id = ?";
        }, String.class, itemId);
        meeting.addDecision(reviews.currentWeek(), DecisionForm.of(text, new PlanLink(kind, itemId, label), pin));
        return reviews.page(reviews.currentWeek()).decisions().stream().filter(d -> d.text().equals(text)).findFirst()
                .orElseThrow().pin();
    }

    private List<AgendaItem> against() {
        return reviews.page(reviews.currentWeek()).agenda().items().stream()
                .filter(item -> item.group().equals(PinsOnAgenda.AGAINST)).toList();
    }

    @Test
    void anEndDatePinnedInAReviewIsFlaggedWhenTheTimelineOrTheEditorMovesItAndHoldsWhenMovedBack() {
        actAs("cmo", "CMO");
        long initiative = id("SELECT min(id) FROM initiative WHERE team = 'MARKETING' AND status IN ('PLANNED', 'IN_PROGRESS')");
        Initiative before = roadmap.details(initiative).orElseThrow().initiative();
        assertThat(pins.options(new PlanLink(LinkKind.INITIATIVE, initiative, before.getTitle())))
                .extracting(DecisionPins.PinOption::kind).containsExactly(PinKind.INITIATIVE_END, PinKind.INITIATIVE_STATUS);
        DecisionPin pin = pinNow("The launch stays where it is.", LinkKind.INITIATIVE, initiative, PinKind.INITIATIVE_END);
        assertThat(pin.holds()).isTrue();
        assertThat(pin.state()).isEqualTo("Holds");
        assertThat(pins.against("INITIATIVE", initiative)).isEmpty();

        actAs("marketer", "MARKETING");
        roadmap.reschedule(initiative, before.getVersion(), before.getStartDate().plusWeeks(2));
        String was = org.cxplanner.base.ReadableDates.of(before.getEndDate());
        String now = org.cxplanner.base.ReadableDates.of(before.getEndDate().plusWeeks(2));
        assertThat(pins.against("INITIATIVE", initiative)).containsExactly("Changes what was decided in " + reviews.currentWeek()
                + ": 'The launch stays where it is.' (end date " + was + " → " + now + ")");
        assertThat(pins.against("INITIATIVE")).singleElement().asString().startsWith(before.getTitle() + ": Changes what was decided");
        assertThat(pins.against("TOUCHPOINT")).as("the matrix's flags name only touchpoints' pins").isEmpty();
        assertThat(against()).singleElement().satisfies(item -> {
            assertThat(item.section()).isEqualTo(AgendaSection.ROADMAP);
            assertThat(item.title()).isEqualTo(before.getTitle());
            assertThat(item.detail()).startsWith("End date " + was + " → " + now + " by Mark Campaigns, ")
                    .endsWith(" · decided in " + reviews.currentWeek() + ": 'The launch stays where it is.'");
            assertThat(item.tone()).isEqualTo(Tone.ALERT);
        });

        // The editor is another path to the same value; putting the date back makes the decision hold again.
        Initiative moved = roadmap.details(initiative).orElseThrow().initiative();
        InitiativeForm form = InitiativeForm.of(moved);
        form.setStartDate(before.getStartDate());
        form.setEndDate(before.getEndDate());
        roadmap.update(initiative, moved.getVersion(), form);
        assertThat(pins.against("INITIATIVE", initiative)).isEmpty();
        assertThat(against()).isEmpty();
        form = InitiativeForm.of(roadmap.details(initiative).orElseThrow().initiative());
        form.setEndDate(before.getEndDate().plusDays(1));
        roadmap.update(initiative, roadmap.details(initiative).orElseThrow().initiative().getVersion(), form);
        assertThat(pins.against("INITIATIVE", initiative)).singleElement().asString().endsWith("(end date " + was + " → "
                + org.cxplanner.base.ReadableDates.of(before.getEndDate().plusDays(1)) + ")");
    }

    @Test
    void aPinnedEndDateMovedByTheKnockOnOfAnotherInitiativeIsFlaggedToo() {
        actAs("cco", "CCO");
        // Demo: "Customer community relaunch" waits for "Renewal notice rewrite"; moving the one moves the other too.
        long renewal = id("SELECT id FROM initiative WHERE title = 'Renewal notice rewrite'");
        long community = id("SELECT id FROM initiative WHERE title = 'Customer community relaunch'");
        pinNow("The community relaunch keeps its date.", LinkKind.INITIATIVE, community, PinKind.INITIATIVE_END);
        Initiative first = roadmap.details(renewal).orElseThrow().initiative();
        roadmap.reschedule(renewal, first.getVersion(), first.getStartDate().plusWeeks(8), true);
        assertThat(pins.against("INITIATIVE", community)).singleElement().asString()
                .startsWith("Changes what was decided in " + reviews.currentWeek() + ": 'The community relaunch keeps its date.'");
    }

    @Test
    void aPinnedStatusASendDateAndATargetAreFlaggedWhenTheirEditorsChangeThem() {
        actAs("cmo", "CMO");
        long initiative = id("SELECT min(id) FROM initiative WHERE team = 'MARKETING' AND status IN ('PLANNED', 'IN_PROGRESS')");
        pinNow("It goes ahead.", LinkKind.INITIATIVE, initiative, PinKind.INITIATIVE_STATUS);
        Initiative before = roadmap.details(initiative).orElseThrow().initiative();
        InitiativeForm form = InitiativeForm.of(before);
        form.setStatus(InitiativeStatus.AT_RISK);
        roadmap.update(initiative, before.getVersion(), form);
        assertThat(pins.against("INITIATIVE", initiative)).singleElement().asString()
                .endsWith("(status " + before.getStatus().label() + " → At risk)");

        long message = id("SELECT min(id) FROM message WHERE team = 'MARKETING'");
        DecisionPin sendDate = pinNow("The newsletter goes out as planned.", LinkKind.MESSAGE, message, PinKind.MESSAGE_SEND_DATE);
        Message shown = messaging.details(message).orElseThrow().message();
        MessageForm content = MessageForm.of(shown);
        content.setSendDate(shown.getSendDate().plusDays(3));
        editing.updateContent(message, shown.getVersion(), content);
        assertThat(pins.against("MESSAGE", message)).singleElement().asString().endsWith("(send date " + sendDate.pinnedLabel()
                + " → " + org.cxplanner.base.ReadableDates.of(shown.getSendDate().plusDays(3)) + ")");

        long indicator = id("SELECT min(id) FROM indicator WHERE direction <> 'RANGE'");
        DecisionPin target = pinNow("We aim for this, no lower.", LinkKind.INDICATOR, indicator, PinKind.INDICATOR_TARGET);
        Indicator defined = indicators.indicator(indicator).orElseThrow();
        IndicatorForm definition = IndicatorForm.of(defined);
        definition.setTarget(defined.getTarget().add(BigDecimal.TEN));
        indicators.save(indicator, defined.getVersion(), definition);
        assertThat(pins.against("INDICATOR", indicator)).singleElement().asString()
                .endsWith("(target " + target.pinnedLabel() + " → " + defined.getTarget().add(BigDecimal.TEN).stripTrailingZeros().toPlainString() + ")");
        assertThat(against()).extracting(AgendaItem::section)
                .containsExactlyInAnyOrder(AgendaSection.ROADMAP, AgendaSection.MESSAGES, AgendaSection.SCORECARD);
    }

    @Test
    void whoIsAccountableIsFlaggedWhenTheMatrixOrACsvImportChangesIt() throws Exception {
        actAs("cco", "CCO");
        long touchpoint = id("SELECT t.id FROM touchpoint t WHERE (SELECT count(*) FROM raci_assignment a WHERE a.touchpoint_id = t.id"
                + " AND a.letter = 'A') = 1 ORDER BY t.id LIMIT 1");
        String name = jdbc.queryForObject("SELECT name FROM touchpoint WHERE id = ?", String.class, touchpoint);
        DecisionPin pin = pinNow("Keep one owner for it.", LinkKind.TOUCHPOINT, touchpoint, PinKind.TOUCHPOINT_ACCOUNTABLE);
        long accountable = id("SELECT function_id FROM raci_assignment WHERE touchpoint_id = " + touchpoint + " AND letter = 'A'");
        raci.setCell(touchpoint, accountable, RaciLetter.A, RaciLetter.R);
        assertThat(pins.against("TOUCHPOINT", touchpoint)).singleElement().asString().endsWith("(accountable " + pin.pinnedLabel() + " → nobody)");
        assertThat(pins.against("TOUCHPOINT")).singleElement().asString().startsWith(name + ": Changes what was decided");
        raci.setCell(touchpoint, accountable, RaciLetter.R, RaciLetter.A);
        assertThat(pins.against("TOUCHPOINT", touchpoint)).isEmpty();

        // A CSV import is another path: the accountable moves to another function.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(ExportFormat.CSV, MatrixFilter.ALL, out);
        String[] lines = out.toString(StandardCharsets.UTF_8).split("\r\n");
        StringBuilder changed = new StringBuilder();
        for (String line : lines) {
            String[] cells = line.split(",", -1);
            if (cells.length > 3 && cells[1].equals(name)) {
                int a = List.of(cells).indexOf("A");
                int other = a == 2 ? 3 : 2;
                cells[a] = cells[other];
                cells[other] = "A";
                line = String.join(",", cells);
            }
            changed.append(line).append("\r\n");
        }
        ImportPreview preview = imports.preview("moved.csv", changed.toString().getBytes(StandardCharsets.UTF_8));
        assertThat(preview.problems()).isEmpty();
        imports.apply(preview);
        assertThat(pins.against("TOUCHPOINT", touchpoint)).singleElement().asString()
                .startsWith("Changes what was decided in " + reviews.currentWeek() + ": 'Keep one owner for it.' (accountable " + pin.pinnedLabel() + " → ");
        assertThat(against()).singleElement().extracting(AgendaItem::section).isEqualTo(AgendaSection.RACI);
    }

    @Test
    void onlyALeadReleasesAPinAndOnlyWithAReasonWhichTheDecisionLogKeeps() {
        actAs("marketer", "MARKETING");
        long initiative = id("SELECT min(id) FROM initiative WHERE team = 'MARKETING' AND status IN ('PLANNED', 'IN_PROGRESS')");
        DecisionPin pin = pinNow("Fixed date.", LinkKind.INITIATIVE, initiative, PinKind.INITIATIVE_END);
        Initiative before = roadmap.details(initiative).orElseThrow().initiative();
        roadmap.reschedule(initiative, before.getVersion(), before.getStartDate().plusDays(7));
        assertThatThrownBy(() -> pins.release(pin.id(), "We moved on.")).isInstanceOf(AccessDeniedException.class);
        actAs("cmo", "CMO");
        assertThatThrownBy(() -> pins.release(pin.id(), " ")).isInstanceOf(FieldProblem.class)
                .hasMessage("Say why the decision no longer binds: the reason is kept with it.");
        pins.release(pin.id(), "The agency needs another week; agreed with the CCO.");
        assertThatThrownBy(() -> pins.release(pin.id(), "Again.")).isInstanceOf(EditConflict.class);
        assertThat(pins.against("INITIATIVE", initiative)).isEmpty();
        assertThat(against()).isEmpty();
        Decision logged = reviews.decisionLog("Fixed date", 0, 10).getFirst();
        assertThat(logged.pin().holds()).isTrue();
        assertThat(logged.pin().state()).isEqualTo("Released by Maria Marketing-Lead: The agency needs another week; agreed with the CCO.");
        assertThat(jdbc.queryForObject("SELECT new_value FROM change_history WHERE field = 'Pin'", String.class))
                .isEqualTo("Released: The agency needs another week; agreed with the CCO.");
    }

    @Test
    void aDecisionPinsOnlyAValueOfItsOwnItem() {
        actAs("cco", "CCO");
        long indicator = id("SELECT min(id) FROM indicator");
        assertThatThrownBy(() -> meeting.addDecision(reviews.currentWeek(), DecisionForm.of("Hold the target.",
                new PlanLink(LinkKind.INDICATOR, indicator, "x"), PinKind.INITIATIVE_END))).isInstanceOf(FieldProblem.class)
                .hasMessageStartingWith("Choose the initiative the decision is about");
        assertThatThrownBy(() -> meeting.addDecision(reviews.currentWeek(), DecisionForm.of("Hold it.", null, PinKind.INDICATOR_TARGET)))
                .isInstanceOf(FieldProblem.class);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM review_decision WHERE text LIKE 'Hold%'", Integer.class))
                .as("nothing saved half-way").isZero();
    }
}
