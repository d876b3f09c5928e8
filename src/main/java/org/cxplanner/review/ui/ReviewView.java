package org.cxplanner.review.ui;

import org.cxplanner.review.ReviewLifecycle;

import org.cxplanner.review.ReviewMeeting;

import org.cxplanner.roadmap.RoadmapEvents;

import org.cxplanner.messaging.MessagingEvents;

import org.cxplanner.review.ReviewEvents;

import org.cxplanner.indicators.IndicatorEvents;

import org.cxplanner.catalog.CatalogEvents;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.events.EventKind;
import org.cxplanner.base.events.PlanEvents;
import org.cxplanner.base.presence.Present;
import org.cxplanner.base.presence.PresenceService;
import org.cxplanner.base.ui.Markup;
import org.cxplanner.base.ui.Notifications;
import org.cxplanner.base.ui.SharedScreen;
import org.cxplanner.raci.RaciChanged;
import org.cxplanner.review.AgendaItem;
import org.cxplanner.review.AgendaSection;
import org.cxplanner.review.Decision;
import org.cxplanner.review.ReviewClosed;
import org.cxplanner.review.ReviewPage;
import org.cxplanner.review.ReviewQueries;
import org.cxplanner.review.ReviewSummary;
import org.cxplanner.review.ReviewWeek;
import org.cxplanner.users.UserService;
import org.jsoup.nodes.Element;
import org.springframework.security.access.AccessDeniedException;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The weekly planning review of one ISO week: the agenda built from the live plan, notes, decisions and action items
 * added during the meeting (live for everyone in it), and the frozen minutes once a lead closes it.
 */
@Route("reviews")
@Menu(order = 45, icon = "vaadin:calendar-user", title = "Weekly review")
@PermitAll
public class ReviewView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle, SharedScreen {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final Set<EventKind> PLAN_KINDS = Set.of(RoadmapEvents.ROADMAP, RaciChanged.KIND, IndicatorEvents.INDICATORS,
            MessagingEvents.MESSAGES, CatalogEvents.CATALOG);

    private final ReviewQueries reviews;
    private final ReviewMeeting meeting;
    private final ReviewLifecycle lifecycle;
    private final UserService users;
    private final PresenceService presence;
    /** The week's title and status badge; text only, so one element. */
    final Markup heading = new Markup();
    /** How the review stands, who reopened it, who is in the meeting, who joined: text only, so one element. */
    final Markup facts = new Markup();
    /** Earlier and later weeks, the decision log and the minutes' downloads: links only, so one element. */
    final Markup nav = new Markup();
    final Button close = new Button("Close review", VaadinIcon.LOCK.create());
    final Button reopen = new Button("Reopen…", VaadinIcon.UNLOCK.create());
    final Button addDecision = new Button("Add decision", VaadinIcon.GAVEL.create());
    final Button addAction = new Button("Add action item", VaadinIcon.CHECK_SQUARE_O.create());
    final Paragraph since = new Paragraph();
    final Div agenda = new Div();
    /** The agenda and the side column, whose "done" boxes report to one listener. */
    final Div layout = new Div();
    final Div decisions = new Div();
    final Div agreed = new Div();
    final Div past = new Div();
    /** The section whose "Add a note" opener was clicked, as the click's event data. */
    static final String NOTE_SECTION = "event.target.closest('." + AgendaSectionCard.OPENER_CLASS + "').getAttribute('"
            + AgendaSectionCard.OPENER_SECTION + "')";
    /** Only clicks on an opener reach the server. */
    static final String NOTE_OPENER = "event.target.closest('." + AgendaSectionCard.OPENER_CLASS + "') != null";
    /** The action whose "done" box changed, and whether it is now ticked, as the change's event data. */
    static final String DONE_ACTION = "event.target.getAttribute('" + AgendaSectionCard.DONE_ACTION + "')";
    static final String DONE_CHECKED = "event.target.checked";
    /** Only changes of a "done" box reach the server. */
    static final String DONE_BOX = "event.target.classList.contains('" + AgendaSectionCard.DONE_CLASS + "')";
    private ReviewWeek week;
    private ReviewPage shown;
    private List<String> agreedShown = List.of();
    private String inMeetingText = "";

    ReviewView(ReviewQueries reviews, ReviewMeeting meeting, ReviewLifecycle lifecycle, UserService users, PresenceService presence, PlanEvents events) {
        this.reviews = reviews;
        this.meeting = meeting;
        this.lifecycle = lifecycle;
        this.users = users;
        this.presence = presence;
        addClassName("review-view");
        heading.addClassName("review-heading");
        facts.addClassName("review-facts");
        since.addClassName("review-since");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.addClickListener(click -> confirmClose());
        reopen.addClickListener(click -> new ReopenDialog(lifecycle, week, shown.version(), this::load).open());
        addDecision.addClickListener(click -> new DecisionDialog(reviews, meeting, week, null, this::refreshMeeting).open());
        addAction.addClickListener(click -> new ActionDialog(reviews, meeting, week, users.people(), null, this::refreshMeeting).open());

        nav.addClassName("review-nav");
        HorizontalLayout buttons = new HorizontalLayout(addDecision, addAction, close, reopen);
        buttons.addClassName("review-buttons");
        agenda.addClassName("review-agenda");
        // One listener for every section's "Add a note" opener, which is markup until someone starts a note.
        agenda.getElement().addEventListener("click", click -> openNote(click.getEventData().path(NOTE_SECTION).asString("")))
                .addEventData(NOTE_SECTION).setFilter(NOTE_OPENER);
        Div side = new Div(new H3("Decisions"), decisions, new H3("Action items agreed"), agreed, past);
        side.addClassName("review-side");
        decisions.addClassName("review-decisions");
        agreed.addClassName("review-agreed");
        layout.add(agenda, side);
        layout.addClassName("review-layout");
        // One listener for every "done" box of the agenda and of the agreed actions, which are markup.
        layout.getElement().addEventListener("change", change -> setDone(change.getEventData().path(DONE_ACTION).asString(""),
                        change.getEventData().path(DONE_CHECKED).asBoolean(false)))
                .addEventData(DONE_ACTION).addEventData(DONE_CHECKED).setFilter(DONE_BOX);
        add(nav, heading, facts, buttons, since, layout);
        setWidthFull();

        events.subscribeWhileAttached(this, Set.of(ReviewEvents.REVIEWS), event -> load());
        events.subscribeWhileAttached(this, PLAN_KINDS, event -> {
            if (shown != null && !shown.isClosed()) {
                load();
            }
        });
        events.subscribeWhileAttached(this, Set.of(PresenceService.EVENT_KIND), event -> {
            if (event.isEverything() || event.keys().contains(presenceScreen())) {
                showPresence();
            }
        });
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String parameter) {
        ReviewWeek current = reviews.currentWeek();
        week = parameter == null ? current : ReviewWeek.parse(parameter).orElse(null);
        if (week == null) {
            Notifications.error("'" + parameter + "' is not a week. Showing this week's review.");
            week = current;
        }
        meeting.attend(week);
        load();
    }

    @Override
    public String getPageTitle() {
        return "Weekly review " + week + " · CX Partnership Planner";
    }

    @Override
    public String presenceScreen() {
        return "reviews/" + week;
    }

    void load() {
        shown = reviews.page(week);
        boolean current = week.equals(reviews.currentWeek());
        heading.show(Markup.element("h2", null, "Weekly review · " + week.label()),
                Markup.element("span", "status-badge", shown.status().label())
                        .attr("theme", shown.isClosed() ? "badge contrast" : "badge success"));
        showNav(current);
        showFacts();
        addDecision.setVisible(shown.editable());
        addAction.setVisible(shown.editable());
        close.setVisible(!shown.isClosed() && shown.mayClose());
        reopen.setVisible(shown.isClosed() && shown.mayClose());
        since.setText("Changes are counted " + shown.agenda().sinceLabel() + ".");
        renderAgenda();
        renderDecisions();
        renderAgreed();
        renderPast();
        showPresence();
    }

    private void showNav(boolean current) {
        List<Element> links = new ArrayList<>();
        links.add(Markup.link("reviews/" + week.previous(), null, "← " + week.previous()));
        if (!current) {
            links.add(Markup.link("reviews", null, "This week"));
        }
        links.add(Markup.link("reviews/" + week.next(), null, week.next() + " →"));
        links.add(Markup.link("reviews/decisions", null, "Decision log"));
        links.add(download("/export/review/" + week + ".pdf", "Minutes (PDF)"));
        links.add(download("/export/review/" + week + ".md", "Markdown"));
        nav.show(links.toArray(Element[]::new));
    }

    private static Element download(String href, String text) {
        return Markup.link(href, null, text).attr("router-ignore", "").attr("download", "");
    }

    /** After the user added a note, decision or action: only those parts are read and drawn again. */
    void refreshMeeting() {
        ReviewPage before = shown;
        shown = reviews.refreshMeeting(shown);
        if (shown.agenda() != before.agenda()) {
            load();
            return;
        }
        showFacts();
        sections().forEach(card -> card.showNotes(shown.notes(card.section())));
        renderDecisions();
        renderAgreed();
    }

    /** Draws the agenda again; a note someone is writing stays, with its text, when a colleague changes the plan. */
    private void renderAgenda() {
        java.util.Map<AgendaSection, String> drafts = new java.util.EnumMap<>(AgendaSection.class);
        sections().forEach(card -> {
            if (card.draft() != null) {
                drafts.put(card.section(), card.draft());
            }
        });
        agenda.removeAll();
        int number = 1;
        for (AgendaSection section : AgendaSection.agenda()) {
            AgendaSectionCard card = new AgendaSectionCard(number++, section, shown.agenda().groups(section),
                    shown.notes(section), shown.editable(), text -> addNote(section, text));
            agenda.add(card);
            if (drafts.containsKey(section) && shown.editable()) {
                card.openNoteField(false);
                card.note.setValue(drafts.get(section));
            }
        }
    }

    List<AgendaSectionCard> sections() {
        return agenda.getChildren().map(AgendaSectionCard.class::cast).toList();
    }

    void openNote(String sectionName) {
        sections().stream().filter(card -> card.section().name().equals(sectionName)).findFirst()
                .ifPresent(AgendaSectionCard::openNoteField);
    }

    private void renderDecisions() {
        decisions.removeAll();
        if (shown.decisions().isEmpty()) {
            decisions.add(new Paragraph("No decisions yet."));
        }
        for (Decision decision : shown.decisions()) {
            List<Element> parts = new ArrayList<>();
            parts.add(Markup.element("span", null, decision.text()));
            if (decision.link() != null) {
                parts.add(Markup.link(decision.link().route(), null, decision.link().describe()));
            }
            parts.add(Markup.element("span", "review-meta",
                    decision.decidedByName() + ", " + WHEN.format(decision.decidedAt().atZone(ZoneId.systemDefault()))));
            Markup line = new Markup(parts.toArray(Element[]::new));
            line.addClassName("review-decision");
            decisions.add(line);
        }
    }

    private void renderAgreed() {
        if (shown.isClosed()) {
            agreedShown = List.of();
            agreed.removeAll();
            List<AgendaItem> frozen = shown.agenda().of(AgendaSection.AGREED);
            agreed.add(new AgendaSectionCard(0, AgendaSection.AGREED, shown.agenda().groups(AgendaSection.AGREED), List.of(),
                    false, text -> { }));
            agreed.getElement().setAttribute("data-count", String.valueOf(frozen.size()));
            return;
        }
        List<String> keys = shown.actions().stream().map(a -> a.id() + ":" + a.version() + ":" + shown.editable()).toList();
        boolean appendOnly = !agreedShown.isEmpty() && keys.size() >= agreedShown.size()
                && keys.subList(0, agreedShown.size()).equals(agreedShown);
        if (!appendOnly) {
            agreed.removeAll();
            if (shown.actions().isEmpty()) {
                agreed.add(new Paragraph("No action items yet."));
            }
        }
        // A meeting agrees actions one at a time: only the new ones are drawn, the others stay as they are.
        shown.actions().stream().skip(appendOnly ? agreedShown.size() : 0).forEach(action -> {
            AgendaItem item = new AgendaItem(AgendaSection.AGREED, "", action.text(), action.summary(),
                    action.link() == null ? null : action.link().route(),
                    action.done() ? org.cxplanner.review.Tone.DONE : org.cxplanner.review.Tone.INFO, action.id());
            agreed.add(AgendaSectionCard.line(item, shown.editable()));
        });
        agreedShown = keys;
    }

    private void renderPast() {
        past.removeAll();
        List<ReviewSummary> summaries = reviews.summaries();
        List<Element> lines = new ArrayList<>();
        for (ReviewSummary summary : summaries) {
            Element line = new Element("div").addClass("review-past-line");
            line.appendChild(Markup.link("reviews/" + summary.week(), null, summary.week() + " · " + summary.status().label()));
            line.appendChild(Markup.element("span", "review-meta", summary.decisions() + (summary.decisions() == 1 ? " decision" : " decisions") + ", "
                    + summary.actions() + (summary.actions() == 1 ? " action" : " actions")
                    + (summary.openActions() > 0 ? " (" + summary.openActions() + " open)" : "")));
            lines.add(line);
        }
        // One element for the whole list: a team that has met for years has a long one.
        Markup list = new Markup(lines.toArray(Element[]::new));
        list.addClassName("review-past");
        Details details = new Details("All reviews (" + summaries.size() + ")", list);
        past.add(details);
    }

    private void showPresence() {
        List<Present> here = presence.on(presenceScreen());
        String now = here.isEmpty() || shown.isClosed() ? "" : "In the meeting now: " + here.stream().map(Present::displayName)
                .distinct().collect(Collectors.joining(", "));
        if (!now.equals(inMeetingText)) {
            inMeetingText = now;
            showFacts();
        }
    }

    private void showFacts() {
        List<Element> lines = new ArrayList<>();
        lines.add(Markup.element("p", "review-state", shown.isClosed()
                ? "Closed by " + shown.closedByName() + " on " + WHEN.format(shown.closedAt().atZone(ZoneId.systemDefault()))
                + ". These are the minutes as they stood then: later changes to the plan do not alter them."
                : shown.mayParticipate() ? "Open: the agenda follows the plan live. Add notes, decisions and action items as you go."
                : "Open: the agenda follows the plan live. Your role reads the review; the teams and leads write it."));
        if (shown.reopenedAt() != null) {
            lines.add(Markup.element("p", "review-reopened", "Reopened by " + shown.reopenedByName() + " on "
                    + WHEN.format(shown.reopenedAt().atZone(ZoneId.systemDefault())) + ": " + shown.reopenReason()));
        }
        if (!inMeetingText.isEmpty()) {
            lines.add(Markup.element("span", "review-in-meeting", inMeetingText));
        }
        if (!shown.attendees().isEmpty()) {
            lines.add(Markup.element("p", "review-attendees", (shown.isClosed() ? "Attended: " : "Joined so far: ")
                    + String.join(", ", shown.attendees())));
        }
        facts.show(lines.toArray(Element[]::new));
    }

    /** A "done" box changed in the browser; the agreed actions are drawn again even if the change is refused. */
    void setDone(String actionId, boolean done) {
        agreedShown = List.of();
        int version = java.util.stream.Stream.concat(shown.actions().stream(), shown.carried().stream())
                .filter(a -> String.valueOf(a.id()).equals(actionId)).findFirst().map(org.cxplanner.review.ActionRow::version).orElse(-1);
        if (version < 0) {
            load();
            return;
        }
        long id = Long.parseLong(actionId);
        act(() -> meeting.setActionDone(week, id, version, done), done ? "Marked done." : "Marked not done.");
    }

    private void addNote(AgendaSection section, String text) {
        try {
            meeting.addNote(week, section, text);
            sections().stream().filter(card -> card.section() == section).findFirst().ifPresent(card -> {
                card.note.clear();
                card.note.setInvalid(false);
            });
            refreshMeeting();
        } catch (FieldProblem problem) {
            sections().stream().filter(card -> card.getElement().getAttribute("data-section").equals(section.name()))
                    .findFirst().ifPresent(card -> {
                        card.note.setErrorMessage(problem.getMessage());
                        card.note.setInvalid(true);
                    });
        } catch (ReviewClosed | EditConflict | AccessDeniedException e) {
            Notifications.error(e.getMessage());
            load();
        }
    }

    private void act(Runnable action, String success) {
        try {
            action.run();
            Notifications.success(success);
        } catch (ReviewClosed | EditConflict | AccessDeniedException | FieldProblem e) {
            Notifications.error(e.getMessage());
        }
        load();
    }

    private void confirmClose() {
        long open = shown.actions().stream().filter(a -> !a.done()).count()
                + shown.agenda().of(AgendaSection.ACTIONS).stream().filter(i -> i.tone() != org.cxplanner.review.Tone.DONE).count();
        ConfirmDialog confirm = new ConfirmDialog("Close the review of " + week + "?",
                "The agenda, notes, decisions and action items are frozen as they are now, and the review becomes read-only. "
                        + open + (open == 1 ? " open action item carries" : " open action items carry") + " over to the next review.",
                "Close review", event -> act(() -> lifecycle.close(week, shown.version()), "Review closed. The minutes are frozen."));
        confirm.setCancelable(true);
        confirm.open();
    }
}
