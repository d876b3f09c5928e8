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
import com.vaadin.flow.component.html.Div;
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
import org.cxplanner.base.ui.Notifications;
import org.cxplanner.base.ui.SharedScreen;
import org.cxplanner.raci.RaciChanged;
import org.cxplanner.review.AgendaSection;
import org.cxplanner.review.ReviewClosed;
import org.cxplanner.review.ReviewPage;
import org.cxplanner.review.ReviewQueries;
import org.cxplanner.review.ReviewSchedules;
import org.cxplanner.security.CurrentUser;
import org.cxplanner.security.Roles;
import org.cxplanner.review.ReviewWeek;
import org.cxplanner.users.UserService;
import org.springframework.security.access.AccessDeniedException;
import java.util.List;
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

    private static final Set<EventKind> PLAN_KINDS = Set.of(RoadmapEvents.ROADMAP, RaciChanged.KIND, IndicatorEvents.INDICATORS,
            MessagingEvents.MESSAGES, CatalogEvents.CATALOG);

    private final ReviewQueries reviews;
    private final ReviewMeeting meeting;
    private final ReviewLifecycle lifecycle;
    private final UserService users;
    private final PresenceService presence;
    final ReviewHeader header = new ReviewHeader();
    final Button close = new Button("Close review", VaadinIcon.LOCK.create());
    final Button reopen = new Button("Reopen…", VaadinIcon.UNLOCK.create());
    final Button addDecision = new Button("Add decision", VaadinIcon.GAVEL.create());
    final Button addAction = new Button("Add action item", VaadinIcon.CHECK_SQUARE_O.create());
    final Paragraph since = new Paragraph();
    final ReviewAgendaPanel agenda = new ReviewAgendaPanel(this::addNote);
    /** The agenda and the side column, whose "done" boxes report to one listener. */
    final Div layout = new Div();
    final ReviewSidePanel side = new ReviewSidePanel();
    /** The action whose "done" box changed, and whether it is now ticked, as the change's event data. */
    static final String DONE_ACTION = "event.target.getAttribute('" + AgendaSectionCard.DONE_ACTION + "')";
    static final String DONE_CHECKED = "event.target.checked";
    /** Only changes of a "done" box reach the server. */
    static final String DONE_BOX = "event.target.classList.contains('" + AgendaSectionCard.DONE_CLASS + "')";
    private ReviewWeek week;
    private ReviewPage shown;
    private final org.cxplanner.review.ActionHandover handover;
    private final org.cxplanner.review.ReviewRatings ratings;
    /** Where an attendee of a closed review rates it; empty otherwise. */
    final Div rating = new Div();
    /** The "Change or drop…" button of an open action: its id. */
    static final String HANDOVER_ID = "event.target.closest('." + AgendaSectionCard.HANDOVER_CLASS + "').getAttribute('"
            + AgendaSectionCard.HANDOVER_ACTION + "')";
    private String inMeetingText = "";
    /** The meeting's clock, the same on every open copy of the review. */
    final MeetingClockBar clock;

    /** For the leads only: when the review meets, for everyone's calendar. */
    final Button meetingTime = new Button("Meeting time…", VaadinIcon.CLOCK.create());
    /** For the leads only: the agenda as it stands, by mail to everyone taking part, before the meeting. */
    final Button mailAgenda = new Button("Mail the agenda…", VaadinIcon.ENVELOPE_O.create());

    ReviewView(ReviewQueries reviews, ReviewMeeting meeting, ReviewLifecycle lifecycle, ReviewSchedules schedules, UserService users,
               PresenceService presence, PlanEvents events, org.cxplanner.review.ActionHandover handover,
               org.cxplanner.review.ReviewRatings ratings, org.cxplanner.review.ReviewClock meetingClock,
               org.cxplanner.review.DecisionPins pins) {
        this.handover = handover;
        this.clock = new MeetingClockBar(meetingClock, () -> week, agenda::markCurrent);
        this.ratings = ratings;
        this.reviews = reviews;
        this.meeting = meeting;
        this.lifecycle = lifecycle;
        this.users = users;
        this.presence = presence;
        addClassName("review-view");
        // Empty unless someone may rate: hidden by CSS then, not by visibility, whose children Flow stops updating.
        rating.addClassName("review-rating-slot");
        since.addClassName("review-since");
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        close.addClickListener(click -> confirmClose());
        reopen.addClickListener(click -> new ReopenDialog(lifecycle, week, shown.version(), this::load).open());
        addDecision.addClickListener(click -> new DecisionDialog(reviews, meeting, pins, week, null, this::refreshMeeting).open());
        addAction.addClickListener(click -> new ActionDialog(reviews, meeting, week, users.people(), null, this::refreshMeeting).open());

        HorizontalLayout buttons = new HorizontalLayout(addDecision, addAction, close, reopen);
        if (CurrentUser.hasAnyRole(Roles.REVIEW_LEAD_ROLES)) {
            meetingTime.addClickListener(click -> new ReviewScheduleDialog(schedules, meetingClock, () -> clock.refresh(!shown.isClosed())).open());
            mailAgenda.addClickListener(click -> confirmMailAgenda());
            buttons.add(mailAgenda, meetingTime);
        }
        buttons.addClassName("review-buttons");
        layout.add(agenda, side);
        layout.addClassName("review-layout");
        // One listener for every "done" box of the agenda and of the agreed actions, which are markup.
        layout.getElement().addEventListener("change", change -> setDone(change.getEventData().path(DONE_ACTION).asString(""),
                        change.getEventData().path(DONE_CHECKED).asBoolean(false)))
                .addEventData(DONE_ACTION).addEventData(DONE_CHECKED).setFilter(DONE_BOX);
        layout.getElement().addEventListener("click", click -> handOn(click.getEventData().path(HANDOVER_ID).asString("")))
                .addEventData(HANDOVER_ID).setFilter("event.target.closest('." + AgendaSectionCard.HANDOVER_CLASS + "') != null");
        add(header.nav, header.heading, header.facts, clock, rating, buttons, since, layout);
        setWidthFull();

        events.subscribeWhileAttached(this, Set.of(ReviewEvents.REVIEWS), event -> load());
        events.subscribeWhileAttached(this, PLAN_KINDS, event -> {
            if (shown != null && !shown.isClosed()) {
                load();
            }
        });
        events.subscribeWhileAttached(this, Set.of(org.cxplanner.review.ReviewClock.CLOCK), event -> {
            if (shown != null && (event.isEverything() || event.keys().contains(week.toString()))) {
                clock.refresh(!shown.isClosed());
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
            week = current;
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class,
                    "There is no week '" + parameter + "'. Weeks are written like " + current + ".");
            return;
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
        header.showHeading(week, shown);
        header.showNav(week, current);
        header.showFacts(shown, inMeetingText);
        addDecision.setVisible(shown.editable());
        addAction.setVisible(shown.editable());
        close.setVisible(!shown.isClosed() && shown.mayClose());
        mailAgenda.setVisible(!shown.isClosed());
        reopen.setVisible(shown.isClosed() && shown.mayClose());
        rating.removeAll();
        if (shown.rating().mayRate()) {
            rating.add(new RatingBox(ratings, week, this::load));
        }
        since.setText("Changes are counted " + shown.agenda().sinceLabel() + ".");
        agenda.show(shown);
        clock.refresh(!shown.isClosed());
        side.showDecisions(shown);
        side.showAgreed(shown);
        side.showPast(reviews.summaries());
        showPresence();
    }

    /** After the user added a note, decision or action: only those parts are read and drawn again. */
    void refreshMeeting() {
        ReviewPage before = shown;
        shown = reviews.refreshMeeting(shown);
        if (shown.agenda() != before.agenda()) {
            load();
            return;
        }
        header.showFacts(shown, inMeetingText);
        agenda.showNotes(shown);
        side.showDecisions(shown);
        side.showAgreed(shown);
    }

    private void showPresence() {
        List<Present> here = presence.on(presenceScreen());
        String now = here.isEmpty() || shown.isClosed() ? "" : "In the meeting now: " + here.stream().map(Present::displayName)
                .distinct().collect(Collectors.joining(", "));
        if (!now.equals(inMeetingText)) {
            inMeetingText = now;
            header.showFacts(shown, inMeetingText);
        }
    }

    List<AgendaSectionCard> sections() {
        return agenda.sections();
    }

    /** A "done" box changed in the browser; the agreed actions are drawn again even if the change is refused. */
    void setDone(String actionId, boolean done) {
        side.forgetAgreed();
        int version = java.util.stream.Stream.concat(shown.actions().stream(), shown.carried().stream())
                .filter(a -> String.valueOf(a.id()).equals(actionId)).findFirst().map(org.cxplanner.review.ActionRow::version).orElse(-1);
        if (version < 0) {
            load();
            return;
        }
        long id = Long.parseLong(actionId);
        act(() -> meeting.setActionDone(week, id, version, done), done ? "Marked done." : "Marked not done.");
    }

    /** Opens the hand-on dialog of a shown open action (the service checks who may). */
    void handOn(String actionId) {
        java.util.stream.Stream.concat(shown.actions().stream(), shown.carried().stream())
                .filter(a -> String.valueOf(a.id()).equals(actionId) && !a.done()).findFirst()
                .ifPresentOrElse(action -> new HandOnDialog(handover, action, users.people(), this::load).open(), this::load);
    }

    private void addNote(AgendaSection section, String text) {
        try {
            meeting.addNote(week, section, text);
            agenda.noteSaved(section);
            refreshMeeting();
        } catch (FieldProblem problem) {
            agenda.noteRefused(section, problem.getMessage());
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

    private void confirmMailAgenda() {
        ConfirmDialog confirm = new ConfirmDialog("Mail the agenda?", "Everyone who takes part in the review (marketing, "
                + "customer experience and the other lead) gets the agenda as it stands now, once this week.", "Mail it",
                event -> {
                    try {
                        int sent = meeting.sendAgendaPreview(week);
                        Notifications.success(sent == 0 ? "Everyone with an e-mail address already has this week's agenda."
                                : "The agenda is on its way to " + sent + (sent == 1 ? " person." : " people."));
                    } catch (ReviewClosed | EditConflict | AccessDeniedException | FieldProblem e) {
                        Notifications.error(e.getMessage());
                    }
                }, "Cancel", event -> { });
        confirm.open();
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
