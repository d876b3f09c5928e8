package org.cxplanner.messaging.ui;

import org.cxplanner.messaging.MessagingEvents;

import org.cxplanner.security.Team;

import org.cxplanner.base.ui.TextLimit;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
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
import org.cxplanner.messaging.MessageCheck;
import org.cxplanner.messaging.MessageDetails;
import org.cxplanner.messaging.MessageStatus;
import org.cxplanner.messaging.MessageEditing;
import org.cxplanner.messaging.MessageAlignment;
import org.cxplanner.messaging.MessageQueries;
import org.cxplanner.security.Team;
import org.cxplanner.messaging.SignOff;
import org.cxplanner.messaging.Withdrawal;
import org.cxplanner.raci.RaciChanged;
import org.cxplanner.raci.TouchpointOwners;
import org.cxplanner.roadmap.RoadmapService;
import org.cxplanner.users.UserService;
import org.jsoup.nodes.Element;
import org.springframework.security.access.AccessDeniedException;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
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

    private final MessageQueries messaging;
    private final MessageEditing editing;
    private final MessageAlignment alignment;
    private final CatalogService catalog;
    private final RoadmapService roadmap;
    final H2 title = new H2();
    final Span status = new Span();
    final Paragraph facts = new Paragraph();
    final Paragraph body = new Paragraph();
    // Read-only lines are markup: drawn again with the same content, they send the browser nothing.
    final Markup signOffs = new Markup();
    final Markup promise = new Markup();
    final VerticalLayout checklist = new VerticalLayout();
    final Markup changes = new Markup();
    final Markup withdrawals = new Markup();
    final Markup clashes = new Markup();
    com.vaadin.flow.component.textfield.TextField clashNote;
    final Button edit = new Button("Edit content", VaadinIcon.EDIT.create());
    final Button review = new Button("Send for review");
    final Button sent = new Button("Mark as sent");
    final Button signMarketing = new Button("Sign for marketing");
    final Button signCx = new Button("Sign for customer experience");
    final Button askOther = new Button();
    final com.vaadin.flow.component.html.Anchor record = new com.vaadin.flow.component.html.Anchor("", "Alignment record (PDF)");
    private final UserService users;
    private java.util.Map<String, String> names = java.util.Map.of();
    private long id;
    private MessageDetails shown;
    private List<String> checklistKeys = List.of();
    private String shownPageTitle;

    MessageView(MessageQueries messaging, MessageEditing editing, MessageAlignment alignment, CatalogService catalog,
                RoadmapService roadmap, UserService users, PlanEvents events) {
        this.messaging = messaging;
        this.editing = editing;
        this.alignment = alignment;
        this.users = users;
        this.catalog = catalog;
        this.roadmap = roadmap;
        addClassName("message-view");
        status.addClassName("status-badge");
        facts.addClassName("initiative-facts");
        checklist.setPadding(false);
        checklist.setSpacing(false);
        checklist.addClassName("message-checklist");
        signOffs.addClassName("message-signoffs");
        promise.addClassName("message-promise");
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
        HorizontalLayout sign = new HorizontalLayout(signMarketing, signCx, askOther);
        clashes.addClassName("message-clashes");
        add(actions, heading, facts, body, clashes, new H3("Sign-offs"), signOffs, sign, changes,
                new H3("Promise check"), promise, new H3("Alignment checklist"), checklist,
                new H3("Withdrawn sign-offs"), withdrawals);
        events.subscribeWhileAttached(this, Set.of(MessagingEvents.MESSAGES, RaciChanged.KIND), event -> {
            if (!event.kind().equals(MessagingEvents.MESSAGES) || event.isEverything() || event.ids().contains(id)) {
                load();
            }
        });
    }

    @Override
    public void setParameter(BeforeEvent event, Long messageId) {
        id = messageId;
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
        clashes.show(shown.clashes().stream().map(clash -> Markup.element("p", "warning", "⚠ Send clash: '" + clash.otherTitle()
                + "' goes to the same audience on " + MessagesView.DATE.format(clash.otherDate()) + " (within " + shown.clashDays()
                + " days).")).toArray(Element[]::new));
        Team other = shown.signableSide() == Team.MARKETING ? Team.CX : shown.signableSide() == Team.CX ? Team.MARKETING : null;
        askOther.setVisible(other != null && mayStillSign(message, other));
        setText(askOther, other == Team.CX ? "Ask the CCO to sign" : "Ask the CMO to sign");
        showSignOffs(message);
        showPromise();
        showChecklist(message);
        Element withdrawn = new Element("ul");
        for (Withdrawal withdrawal : shown.withdrawals()) {
            withdrawn.appendChild(Markup.element("li", null, withdrawal.side().label() + " sign-off by " + name(withdrawal.signedBy())
                    + " (version " + withdrawal.contentVersion() + ") withdrawn by " + name(withdrawal.withdrawnBy()) + ", "
                    + WHEN.format(withdrawal.withdrawnAt().atZone(ZoneId.systemDefault())) + ": " + withdrawal.reason()));
        }
        if (shown.withdrawals().isEmpty()) {
            withdrawn.appendChild(Markup.element("li", null, "None."));
        }
        withdrawals.show(withdrawn);
        String pageTitle = getPageTitle();
        if (!pageTitle.equals(shownPageTitle)) {
            UI.getCurrent().getPage().setTitle(pageTitle);
            shownPageTitle = pageTitle;
        }
    }

    private void showSignOffs(Message message) {
        List<Element> lines = new java.util.ArrayList<>();
        for (Team side : List.of(Team.MARKETING, Team.CX)) {
            SignOff signOff = message.signOff(side).orElse(null);
            String by = shown.signOffRequests().get(side);
            String asked = signOff == null && by != null ? " (asked for by " + name(by) + ")" : "";
            lines.add(Markup.element("p", signOff == null ? "signoff-open" : "signoff-done", side.label() + ": "
                    + (signOff == null ? "not signed" + asked : "signed by " + name(signOff.signedBy()) + ", "
                    + WHEN.format(signOff.signedAt().atZone(ZoneId.systemDefault())) + " (version " + signOff.contentVersion() + ")")));
        }
        signOffs.show(lines.toArray(Element[]::new));
        if (shown.changedSinceSigned().isEmpty()) {
            changes.show();
            return;
        }
        Element list = new Element("ul");
        shown.changedSinceSigned().forEach((field, values) ->
                list.appendChild(Markup.element("li", null, field + ": " + show(values[0]) + " → " + show(values[1]))));
        changes.show(Markup.element("h3", null, "Changed since the signed version"), list);
    }

    private void showPromise() {
        List<Element> lines = new java.util.ArrayList<>();
        for (TouchpointOwners owners : shown.owners()) {
            lines.add(Markup.element("p", null, owners.touchpoint() + " — accountable: " + names(owners.accountable())
                    + "; responsible: " + names(owners.responsible()) + "; keep informed: " + names(owners.informed())));
        }
        for (String problem : shown.promiseProblems()) {
            lines.add(Markup.element("p", "warning", problem + ": settle it in the RACI matrix before this message is signed."));
        }
        if (shown.owners().isEmpty()) {
            lines.add(Markup.element("p", null, "No touchpoints linked: link the touchpoints this message promises something about."));
        }
        promise.show(lines.toArray(Element[]::new));
    }

    private static void setText(com.vaadin.flow.component.HasText component, String text) {
        if (!text.equals(component.getText())) {
            component.setText(text);
        }
    }

    /**
     * Draws the checklist, keeping every row whose item has not changed: a tick redraws one row, not all of them
     * (each row holds a checkbox and often a text field, and the browser pays for every one it builds).
     */
    private void showChecklist(Message message) {
        List<MessageCheck> checks = message.getChecks();
        List<String> keys = new java.util.ArrayList<>();
        for (MessageCheck check : checks) {
            keys.add(check + "|" + shown.tickableSides().contains(check.side()) + "|" + (check.checksClash() && !shown.clashes().isEmpty()));
        }
        if (keys.size() != checklistKeys.size()) {
            checklist.removeAll();
            checklistKeys = new java.util.ArrayList<>();
            for (int i = 0; i < checks.size(); i++) {
                checklist.add(checkRow(checks.get(i), i));
                checklistKeys.add(keys.get(i));
            }
            return;
        }
        for (int i = 0; i < checks.size(); i++) {
            if (!keys.get(i).equals(checklistKeys.get(i))) {
                checklist.replace(checklist.getComponentAt(i), checkRow(checks.get(i), i));
                checklistKeys.set(i, keys.get(i));
            }
        }
    }

    private HorizontalLayout checkRow(MessageCheck check, int position) {
        Checkbox box = new Checkbox(check.text() + (check.required() ? "" : " (optional)"));
        box.setValue(check.ticked());
        if (check.guidance() != null) {
            box.setTooltipText(check.guidance());
        }
        box.setEnabled(shown.tickableSides().contains(check.side()));
        com.vaadin.flow.component.textfield.TextField note = null;
        if (box.isEnabled() && !check.ticked()) {
            // An optional note goes with a tick; while a send clash stands, the no-clash item needs one.
            note = new com.vaadin.flow.component.textfield.TextField();
            boolean clash = check.checksClash() && !shown.clashes().isEmpty();
            note.setPlaceholder(clash ? "Why the clash is acceptable" : "Note (optional)");
            note.setAriaLabel(clash ? "Note accepting the send clash" : "Note for " + check.text());
            note.setValue(check.note() == null ? "" : check.note());
            note.setWidth("16rem");
            note.addClassName("check-note");
            org.cxplanner.base.ui.TextLimit.apply(note, org.cxplanner.messaging.MessageCheck.MAX_NOTE);
            if (clash) {
                clashNote = note;
            }
        }
        com.vaadin.flow.component.textfield.TextField noteField = note;
        box.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                String text = noteField == null ? check.note() : noteField.getValue();
                checklistKeys.set(position, ""); // redraw this row whatever the answer, so a refused tick shows unticked
                act(() -> alignment.tick(id, version(), position, event.getValue(), text),
                        event.getValue() ? "Ticked." : "Unticked.");
            }
        });
        Span side = new Span(check.side().label());
        side.addClassName("side-badge");
        Span who = new Span(check.ticked() && check.tickedBy() != null ? "ticked by " + name(check.tickedBy()) + ", "
                + WHEN.format(check.tickedAt().atZone(ZoneId.systemDefault())) : "");
        who.addClassName("hint");
        Span accepted = new Span(check.ticked() && check.note() != null ? "note: " + check.note() : "");
        accepted.addClassName("hint");
        HorizontalLayout row = new HorizontalLayout(box, side, who, accepted);
        if (note != null) {
            row.add(note);
        }
        row.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        row.addClassName("check-row");
        return row;
    }

    /** Not sent, and this side has not yet signed the current content. */
    private static boolean mayStillSign(Message message, Team side) {
        return message.getStatus() != MessageStatus.SENT && message.signOff(side)
                .filter(signOff -> signOff.contentVersion() == message.getContentVersion()).isEmpty();
    }

    private String name(String username) {
        return username == null ? "" : names.getOrDefault(username.toLowerCase(java.util.Locale.ROOT), username);
    }

    private static String names(List<String> names) {
        return names.isEmpty() ? "nobody" : String.join(", ", names);
    }

    private static String show(String value) {
        return value == null || value.isEmpty() ? "(empty)" : value;
    }
}
