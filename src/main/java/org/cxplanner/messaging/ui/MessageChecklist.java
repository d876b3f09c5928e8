package org.cxplanner.messaging.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.cxplanner.messaging.Message;
import org.cxplanner.messaging.MessageCheck;
import org.cxplanner.messaging.MessageDetails;

import java.time.ZoneId;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.cxplanner.messaging.ui.MessageView.WHEN;

/** A message's alignment checklist: one row per item, ticked by its side, with a note where one is wanted. */
final class MessageChecklist extends VerticalLayout {

    /** What a tick (or untick) in the browser asks for. */
    interface Tick {
        void tick(int position, boolean ticked, String note);
    }

    private final UnaryOperator<String> names;
    private final Tick onTick;
    private MessageDetails shown;
    private List<String> checklistKeys = List.of();
    com.vaadin.flow.component.textfield.TextField clashNote;
    /** The row just ticked: its redrawn checkbox takes the focus back, so the next Tab goes on from there. */
    private int refocus = -1;

    MessageChecklist(UnaryOperator<String> names, Tick onTick) {
        this.names = names;
        this.onTick = onTick;
        setPadding(false);
        setSpacing(false);
        addClassName("message-checklist");
    }

    /**
     * Draws the checklist, keeping every row whose item has not changed: a tick redraws one row, not all of them
     * (each row holds a checkbox and often a text field, and the browser pays for every one it builds).
     */
    void show(Message message, MessageDetails shown) {
        this.shown = shown;
        List<MessageCheck> checks = message.getChecks();
        List<String> keys = new java.util.ArrayList<>();
        for (MessageCheck check : checks) {
            keys.add(check + "|" + shown.tickableSides().contains(check.side()) + "|" + (check.checksClash() && !shown.clashes().isEmpty()));
        }
        if (keys.size() != checklistKeys.size()) {
            removeAll();
            checklistKeys = new java.util.ArrayList<>();
            for (int i = 0; i < checks.size(); i++) {
                add(checkRow(checks.get(i), i));
                checklistKeys.add(keys.get(i));
            }
        } else {
            for (int i = 0; i < checks.size(); i++) {
                if (!keys.get(i).equals(checklistKeys.get(i))) {
                    replace(getComponentAt(i), checkRow(checks.get(i), i));
                    checklistKeys.set(i, keys.get(i));
                }
            }
        }
        if (refocus >= 0 && refocus < getComponentCount()) {
            ((HorizontalLayout) getComponentAt(refocus)).getComponentAt(0).getElement().callJsFunction("focus");
        }
        refocus = -1;
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
                refocus = position;
                onTick.tick(position, event.getValue(), text);
            }
        });
        Span side = new Span(check.side().label());
        side.addClassName("side-badge");
        Span who = new Span(check.ticked() && check.tickedBy() != null ? "ticked by " + names.apply(check.tickedBy()) + ", "
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
}
