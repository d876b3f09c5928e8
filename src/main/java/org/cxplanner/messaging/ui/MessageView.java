package org.cxplanner.messaging.ui;

import org.cxplanner.messaging.MessagingEvents;

import org.cxplanner.security.Team;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.events.PlanEvents;
import org.cxplanner.base.ui.Markup;
import org.cxplanner.base.ui.Notifications;
import org.cxplanner.base.ui.SharedScreen;
import org.cxplanner.catalog.CatalogService;
import org.cxplanner.messaging.Message;
import org.cxplanner.messaging.MessageDetails;
import org.cxplanner.messaging.MessageStatus;
import org.cxplanner.messaging.MessageEditing;
import org.cxplanner.messaging.MessageAlignment;
import org.cxplanner.messaging.MessageQueries;
import org.cxplanner.security.Team;
import org.cxplanner.raci.RaciChanged;
import org.cxplanner.roadmap.RoadmapService;
import org.cxplanner.users.UserService;
import org.jsoup.nodes.Element;
import org.springframework.security.access.AccessDeniedException;

import java.time.format.DateTimeFormatter;
import java.util.Set;
import java.util.function.Supplier;

/**
 * One message: its content, the alignment checklist both sides tick, the promise check against the RACI matrix,
 * the two sign-offs tied to the version they approved, and why any sign-off was withdrawn.
 */
@Route("messages")
@PermitAll
public class MessageView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle, SharedScreen {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm");

    private final org.cxplanner.base.DecisionFlags decisions;
    private final MessageQueries messaging;
    private final MessageEditing editing;
    private final MessageAlignment alignment;
    private final CatalogService catalog;
    private final RoadmapService roadmap;
    final H2 title = new H2();
    final Span status = new Span();
    final Paragraph facts = new Paragraph();
    final Paragraph body = new Paragraph();
    final MessageRecordPanel recordLines = new MessageRecordPanel();
    final MessageChecklist checklist;
    final org.cxplanner.base.ui.LiveRegion live = new org.cxplanner.base.ui.LiveRegion();
    /** How many withdrawn sign-offs the screen showed last (-1: none shown yet), to announce a new one. */
    private int withdrawalsSeen = -1;
    final Markup clashes = new Markup();
    final Button edit = new Button("Edit content", VaadinIcon.EDIT.create());
    final Button review = new Button("Send for review");
    final Button sent = new Button("Mark as sent");
    final Button signMarketing = new Button("Sign for marketing");
    final Button signCx = new Button("Sign for customer experience");
    /** Why the lead cannot sign yet, beside the disabled button (a tooltip would not reach keyboard or touch users). */
    final Paragraph signBlocked = new Paragraph();
    final Button askOther = new Button();
    final com.vaadin.flow.component.html.Anchor record = new com.vaadin.flow.component.html.Anchor("", "Alignment record (PDF)");
    private final UserService users;
    private java.util.Map<String, String> names = java.util.Map.of();
    private long id;
    private MessageDetails shown;
    private String shownPageTitle;

    MessageView(MessageQueries messaging, MessageEditing editing, MessageAlignment alignment, CatalogService catalog,
                RoadmapService roadmap, UserService users, PlanEvents events, org.cxplanner.base.DecisionFlags decisions) {
        this.decisions = decisions;
        this.messaging = messaging;
        this.editing = editing;
        this.alignment = alignment;
        this.users = users;
        this.catalog = catalog;
        this.roadmap = roadmap;
        addClassName("message-view");
        status.addClassName("status-badge");
        facts.addClassName("initiative-facts");
        checklist = new MessageChecklist(this::name, (position, ticked, note) -> act(
                () -> alignment.tick(id, version(), position, ticked, note), ticked ? "Ticked." : "Unticked."));
        edit.addClickListener(click -> new MessageDialog(messaging, editing, catalog, roadmap, shown.message(), saved -> load()).open());
        review.addClickListener(click -> act(() -> editing.moveTo(id, version(), MessageStatus.IN_REVIEW), "Sent for review."));
        sent.addClickListener(click -> act(() -> editing.moveTo(id, version(), MessageStatus.SENT), "Marked as sent."));
        signMarketing.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signCx.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signMarketing.addClickListener(click -> act(() -> alignment.signOff(id, version(), Team.MARKETING), "Signed for marketing."));
        signCx.addClickListener(click -> act(() -> alignment.signOff(id, version(), Team.CX), "Signed for customer experience."));

        RouterLink back = new RouterLink("← Messages", MessagesView.class);
        HorizontalLayout actions = new HorizontalLayout(back, edit, review, sent, record);
        actions.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        HorizontalLayout heading = new HorizontalLayout(title, status);
        heading.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        askOther.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        askOther.addClickListener(click -> {
            Team other = shown.signableSide() == Team.MARKETING ? Team.CX : Team.MARKETING;
            try {
                alignment.requestSignOff(id, other);
                Notifications.success("Asked for the " + other.label().toLowerCase() + " sign-off.");
            } catch (FieldProblem | EditConflict | AccessDeniedException e) {
                Notifications.error(e.getMessage());
            }
            load();
        });
        signBlocked.addClassName("sign-blocked");
        signBlocked.setVisible(false);
        HorizontalLayout sign = new HorizontalLayout(signMarketing, signCx, askOther, signBlocked);
        sign.setDefaultVerticalComponentAlignment(Alignment.BASELINE);
        sign.setWrap(true);
        clashes.addClassName("message-clashes");
        add(actions, heading, facts, body, clashes, new H3("Sign-offs"), recordLines.signOffs, sign, recordLines.changes,
                new H3("Promise check"), recordLines.promise, new H3("Alignment checklist"), checklist,
                new H3("Withdrawn sign-offs"), recordLines.withdrawals, live);
        events.subscribeWhileAttached(this, Set.of(MessagingEvents.MESSAGES, RaciChanged.KIND), event -> {
            if (!event.kind().equals(MessagingEvents.MESSAGES) || event.isEverything() || event.ids().contains(id)) {
                load();
            }
        });
    }

    @Override
    public void setParameter(BeforeEvent event, Long messageId) {
        id = messageId;
        withdrawalsSeen = -1;
        record.setHref("/export/message/" + id + ".pdf");
        record.getElement().setAttribute("router-ignore", true);
        record.getElement().setAttribute("download", true);
        load();
    }

    @Override
    public String getPageTitle() {
        return (shown == null ? "Message" : shown.message().getTitle()) + " · CX Partnership Planner";
    }

    @Override
    public String presenceScreen() {
        return "messages/" + id;
    }

    private int version() {
        return shown.message().getVersion();
    }

    private void act(Supplier<Message> action, String success) {
        try {
            action.get();
            Notifications.success(success);
        } catch (FieldProblem | EditConflict | AccessDeniedException e) {
            Notifications.error(e.getMessage());
        }
        load();
    }

    void load() {
        shown = messaging.details(id).orElse(null);
        if (shown == null) {
            removeAll();
            add(new Paragraph("This message does not exist (any more)."), new RouterLink("← Messages", MessagesView.class));
            return;
        }
        names = users.people().stream().collect(java.util.stream.Collectors.toMap(
                p -> p.username().toLowerCase(java.util.Locale.ROOT), org.cxplanner.users.Person::displayName));
        Message message = shown.message();
        if (withdrawalsSeen >= 0 && shown.withdrawals().size() > withdrawalsSeen) {
            live.announce("A sign-off was withdrawn: the content changed after it was signed.");
        }
        withdrawalsSeen = shown.withdrawals().size();
        // setText and setClassName send the browser new text nodes and classes even when nothing changed.
        setText(title, message.getTitle());
        setText(status, message.getStatus().label());
        if (!status.hasClassName(message.getStatus().cssName())) {
            status.setClassName("status-badge " + message.getStatus().cssName());
        }
        setText(facts, message.getChannel().label() + " · to " + shown.audience() + " · sends " + MessagesView.DATE.format(message.getSendDate())
                + " · " + message.getTeam().label() + (shown.initiative() == null ? "" : " · for " + shown.initiative())
                + " · checklist from '" + message.getTemplateName() + "' · content version " + message.getContentVersion());
        setText(body, message.getBody() == null ? "" : message.getBody());
        edit.setVisible(shown.editable());
        review.setVisible(shown.editable() && message.getStatus() == MessageStatus.DRAFT);
        sent.setVisible(shown.editable() && message.getStatus() == MessageStatus.ALIGNED);
        signMarketing.setVisible(shown.signableSide() == Team.MARKETING && mayStillSign(message, Team.MARKETING));
        signCx.setVisible(shown.signableSide() == Team.CX && mayStillSign(message, Team.CX));
        String blocked = signBlockedBecause(message, shown);
        signMarketing.setEnabled(blocked == null);
        signCx.setEnabled(blocked == null);
        signBlocked.setVisible(blocked != null && (signMarketing.isVisible() || signCx.isVisible()));
        setText(signBlocked, blocked == null ? "" : blocked);
        clashes.show(java.util.stream.Stream.concat(
                decisions.against(org.cxplanner.base.DecisionFlags.MESSAGE, message.getId()).stream()
                        .map(flag -> Markup.element("p", "warning decision-flag", "⚠ " + flag)),
                shown.clashes().stream().map(clash -> Markup.element("p", "warning", "⚠ Send clash: '" + clash.otherTitle()
                + "' goes to the same audience on " + MessagesView.DATE.format(clash.otherDate()) + " (within " + shown.clashDays()
                + " days)."))).toArray(Element[]::new));
        Team other = shown.signableSide() == Team.MARKETING ? Team.CX : shown.signableSide() == Team.CX ? Team.MARKETING : null;
        askOther.setVisible(other != null && mayStillSign(message, other));
        setText(askOther, other == Team.CX ? "Ask the CCO to sign" : "Ask the CMO to sign");
        recordLines.show(message, shown, this::name);
        checklist.show(message, shown);
        String pageTitle = getPageTitle();
        if (!pageTitle.equals(shownPageTitle)) {
            UI.getCurrent().getPage().setTitle(pageTitle);
            shownPageTitle = pageTitle;
        }
    }

    private static void setText(com.vaadin.flow.component.HasText component, String text) {
        if (!text.equals(component.getText())) {
            component.setText(text);
        }
    }

    /** What a sign-off would be refused for now (the service checks the same), or null. */
    static String signBlockedBecause(Message message, MessageDetails shown) {
        java.util.List<String> open = message.getChecks().stream().filter(c -> c.required() && !c.ticked())
                .map(org.cxplanner.messaging.MessageCheck::text).toList();
        if (!open.isEmpty()) {
            return "Not yet: " + open.size() + (open.size() == 1 ? " required item is" : " required items are") + " not ticked ("
                    + String.join("; ", open) + ").";
        }
        java.util.List<String> unowned = shown.promiseProblems();
        if (!unowned.isEmpty()) {
            return "Not yet: " + String.join("; ", unowned) + ". Settle it in the RACI matrix first.";
        }
        return shown.latePromises().isEmpty() ? null : "Not yet: this message " + shown.latePromises().stream()
                .map(org.cxplanner.messaging.LatePromise::text).collect(java.util.stream.Collectors.joining("; "))
                + ". Move the send date, or sign once it is delivered.";
    }

    /** Not sent, and this side has not yet signed the current content. */
    private static boolean mayStillSign(Message message, Team side) {
        return message.getStatus() != MessageStatus.SENT && message.signOff(side)
                .filter(signOff -> signOff.contentVersion() == message.getContentVersion()).isEmpty();
    }

    private String name(String username) {
        return username == null ? "" : names.getOrDefault(username.toLowerCase(java.util.Locale.ROOT), username);
    }

}
