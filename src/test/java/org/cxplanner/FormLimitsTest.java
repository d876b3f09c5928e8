package org.cxplanner;

import org.cxplanner.review.ReviewLifecycle;

import org.cxplanner.review.ReviewMeeting;

import jakarta.validation.ConstraintViolationException;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.catalog.CatalogService;
import org.cxplanner.catalog.Touchpoint;
import org.cxplanner.catalog.TouchpointForm;
import org.cxplanner.indicators.Indicator;
import org.cxplanner.indicators.IndicatorForm;
import org.cxplanner.indicators.IndicatorService;
import org.cxplanner.messaging.Message;
import org.cxplanner.messaging.MessageForm;
import org.cxplanner.messaging.MessageEditing;
import org.cxplanner.messaging.MessageQueries;
import org.cxplanner.review.ActionForm;
import org.cxplanner.review.AgendaSection;
import org.cxplanner.review.DecisionForm;
import org.cxplanner.review.ReviewQueries;
import org.cxplanner.review.ReviewWeek;
import org.cxplanner.roadmap.Initiative;
import org.cxplanner.roadmap.InitiativeForm;
import org.cxplanner.roadmap.RoadmapService;
import org.cxplanner.users.UserForm;
import org.cxplanner.users.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every text and number a form sends, at its limit and one past it, through the service: the limit is accepted, one
 * past is refused with a message (a field problem or a bean-validation message, which the views show next to the
 * field), and nothing is written. The columns behind them are exactly as wide, so nothing reaches the database
 * unchecked.
 */
class FormLimitsTest extends IntegrationTest {

    @Autowired
    private CatalogService catalog;
    @Autowired
    private RoadmapService roadmap;
    @Autowired
    private MessageQueries messaging;
    @Autowired
    private MessageEditing editing;
    @Autowired
    private IndicatorService indicators;
    @Autowired
    private ReviewQueries reviews;
    @Autowired
    private ReviewMeeting meeting;
    @Autowired
    private ReviewLifecycle lifecycle;
    @Autowired
    private UserService users;

    @Test
    void catalogNames() {
        actAs("cco", "CCO");
        assertRefused(() -> catalog.createStage("s".repeat(121)), "journey_stage");
        assertThat(catalog.createStage("s".repeat(120)).getName()).hasSize(120);
        assertRefused(() -> catalog.createFunction("f".repeat(121)), "business_function");
        Touchpoint website = catalog.touchpoints().stream().filter(t -> t.getName().equals("Website")).findFirst().orElseThrow();
        touchpoint(website, form -> form.setName("n".repeat(121)), false);
        touchpoint(website, form -> form.setDescription("d".repeat(1001)), false);
        touchpoint(website, form -> {
            form.setName("n".repeat(120));
            form.setDescription("d".repeat(1000));
        }, true);
    }

    @Test
    void initiatives() {
        actAs("cmo", "CMO");
        long id = jdbc.queryForObject("SELECT id FROM initiative WHERE title = 'Pricing page clarity'", Long.class);
        initiative(id, form -> form.setTitle("t".repeat(201)), false);
        initiative(id, form -> form.setDescription("d".repeat(4001)), false);
        initiative(id, form -> {
            form.setTitle("t".repeat(200));
            form.setDescription("d".repeat(4000));
        }, true);
    }

    @Test
    void messages() {
        actAs("cmo", "CMO");
        long id = jdbc.queryForObject("SELECT id FROM message WHERE title = 'December customer newsletter'", Long.class);
        message(id, form -> form.setTitle("t".repeat(201)), false);
        message(id, form -> form.setBody("b".repeat(8001)), false);
        message(id, form -> {
            form.setTitle("t".repeat(200));
            form.setBody("b".repeat(8000));
        }, true);
    }

    @Test
    void indicators() {
        actAs("cmo", "CMO");
        Indicator churn = indicators.indicator(jdbc.queryForObject("SELECT id FROM indicator WHERE name = 'Churn'", Long.class))
                .orElseThrow();
        indicator(churn, form -> form.setName("n".repeat(121)), false);
        indicator(churn, form -> form.setUnit("u".repeat(21)), false);
        indicator(churn, form -> form.setDescription("d".repeat(2001)), false);
        indicator(churn, form -> form.setTarget(new BigDecimal("100000000000")), false);
        indicator(churn, form -> form.setTarget(new BigDecimal("1.0001")), false);
        indicator(churn, form -> {
            form.setName("n".repeat(120));
            form.setUnit("u".repeat(20));
            form.setDescription("d".repeat(2000));
            form.setTarget(new BigDecimal("99999999999.999"));
        }, true);
    }

    @Test
    void theWeeklyReview() {
        actAs("cx", "CX");
        ReviewWeek week = reviews.currentWeek();
        long cco = jdbc.queryForObject("SELECT id FROM app_user WHERE username = 'cco'", Long.class);
        assertRefused(() -> meeting.addNote(week, AgendaSection.SCORECARD, "n".repeat(2001)), "review_note");
        assertRefused(() -> meeting.addDecision(week, DecisionForm.of("d".repeat(1001), null)), "review_decision");
        assertRefused(() -> meeting.addAction(week, ActionForm.of("a".repeat(1001), cco, LocalDate.now().plusDays(3), null)),
                "review_action");
        meeting.addNote(week, AgendaSection.SCORECARD, "n".repeat(2000));
        meeting.addDecision(week, DecisionForm.of("d".repeat(1000), null));
        meeting.addAction(week, ActionForm.of("a".repeat(1000), cco, LocalDate.now().plusDays(3), null));

        actAs("cco", "CCO");
        lifecycle.close(week, reviews.page(week).version());
        int version = reviews.page(week).version();
        assertThatThrownBy(() -> lifecycle.reopen(week, version, "r".repeat(1001))).isInstanceOf(FieldProblem.class);
        assertThat(reviews.page(week).isClosed()).isTrue();
        lifecycle.reopen(week, version, "r".repeat(1000));
        assertThat(reviews.page(week).isClosed()).isFalse();
    }

    @Test
    void users() {
        actAs("admin", "ADMIN");
        assertRefused(() -> users.create(user("u".repeat(61), "Name")), "app_user");
        assertRefused(() -> users.create(user("dana", "n".repeat(121))), "app_user");
        assertThat(users.create(user("u".repeat(60), "n".repeat(120)))).isNotNull();
    }

    private static UserForm user(String username, String name) {
        UserForm form = new UserForm();
        form.setUsername(username);
        form.setDisplayName(name);
        form.setPassword("a-long-enough-password");
        form.setRoles(Set.of("VIEWER"));
        return form;
    }

    private void touchpoint(Touchpoint touchpoint, Consumer<TouchpointForm> change, boolean accepted) {
        TouchpointForm form = TouchpointForm.of(touchpoint);
        change.accept(form);
        int version = jdbc.queryForObject("SELECT version FROM touchpoint WHERE id = ?", Integer.class, touchpoint.getId());
        check(() -> catalog.updateTouchpoint(touchpoint.getId(), version, form), accepted,
                "SELECT name || coalesce(description, '') FROM touchpoint WHERE id = " + touchpoint.getId());
    }

    private void initiative(long id, Consumer<InitiativeForm> change, boolean accepted) {
        Initiative initiative = roadmap.details(id).orElseThrow().initiative();
        InitiativeForm form = InitiativeForm.of(initiative);
        change.accept(form);
        check(() -> roadmap.update(id, initiative.getVersion(), form), accepted,
                "SELECT title || coalesce(description, '') FROM initiative WHERE id = " + id);
    }

    private void message(long id, Consumer<MessageForm> change, boolean accepted) {
        Message message = messaging.details(id).orElseThrow().message();
        MessageForm form = MessageForm.of(message);
        change.accept(form);
        check(() -> editing.updateContent(id, message.getVersion(), form), accepted,
                "SELECT title || coalesce(body, '') FROM message WHERE id = " + id);
    }

    private void indicator(Indicator existing, Consumer<IndicatorForm> change, boolean accepted) {
        Indicator current = indicators.indicator(existing.getId()).orElseThrow();
        IndicatorForm form = IndicatorForm.of(current);
        change.accept(form);
        check(() -> indicators.save(current.getId(), current.getVersion(), form), accepted,
                "SELECT name || unit || coalesce(description, '') || coalesce(target::text, '') FROM indicator WHERE id = "
                        + current.getId());
    }

    private void check(Runnable save, boolean accepted, String rowQuery) {
        String before = jdbc.queryForObject(rowQuery, String.class);
        if (accepted) {
            save.run();
            assertThat(jdbc.queryForObject(rowQuery, String.class)).as("saved at the limit").isNotEqualTo(before);
        } else {
            assertThatThrownBy(save::run).isInstanceOfAny(FieldProblem.class, ConstraintViolationException.class)
                    .satisfies(e -> assertThat(e.getMessage()).isNotBlank());
            assertThat(jdbc.queryForObject(rowQuery, String.class)).as("nothing written").isEqualTo(before);
        }
    }

    private void assertRefused(Runnable save, String table) {
        int before = jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class);
        assertThatThrownBy(save::run).isInstanceOfAny(FieldProblem.class, ConstraintViolationException.class)
                .satisfies(e -> assertThat(e.getMessage()).isNotBlank());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM " + table, Integer.class)).as("nothing written").isEqualTo(before);
    }
}
