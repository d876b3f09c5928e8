package org.cxplanner.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import org.cxplanner.base.ui.Markup;
import org.cxplanner.review.AgendaItem;
import org.cxplanner.review.AgendaSection;
import org.cxplanner.review.ReviewNote;
import org.jsoup.nodes.Element;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * One section of the agenda: its groups with counts, each line linking to its item, and the notes written under
 * it. Live action lines get a "done" box; an editable review gets a note field.
 */
class AgendaSectionCard extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH);

    final TextField note = new TextField();
    final Button addNote = new Button("Add note");
    private final Div noteList = new Div();
    private final AgendaSection section;

    AgendaSectionCard(int number, AgendaSection section, Map<String, List<AgendaItem>> groups, List<ReviewNote> notes,
                      boolean editable, BiConsumer<AgendaItem, Boolean> onDone, Consumer<String> onNote) {
        this.section = section;
        addClassName("review-section");
        getElement().setAttribute("data-section", section.name());
        int total = groups.values().stream().mapToInt(List::size).sum();
        H3 title = new H3((number > 0 ? number + ". " : "") + section.title() + " (" + total + ")");
        add(title);
        if (groups.isEmpty()) {
            Paragraph nothing = new Paragraph(section == AgendaSection.AGREED ? "No action items were agreed." : "Nothing to discuss here.");
            nothing.addClassName("review-nothing");
            add(nothing);
        }
        groups.forEach((group, items) -> {
            H4 heading = new H4(group + " · " + items.size());
            heading.addClassName("review-group");
            Div lines = new Div();
            lines.addClassName("review-lines");
            items.forEach(item -> lines.add(line(item, editable, onDone)));
            add(heading, lines);
        });
        if (section != AgendaSection.AGREED && (!notes.isEmpty() || editable)) {
            noteList.addClassName("review-notes");
            showNotes(notes);
            add(noteList);
            if (editable) {
                note.setPlaceholder("Add a note to this section");
                note.setAriaLabel("Note on " + section.title());
                note.setMaxLength(2000);
                note.addClassName("review-note-field");
                addNote.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                addNote.addClickListener(click -> onNote.accept(note.getValue()));
                note.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, enter -> onNote.accept(note.getValue()));
                Div row = new Div(note, addNote);
                row.addClassName("review-note-row");
                add(row);
            }
        }
    }

    AgendaSection section() {
        return section;
    }

    /** Shows the section's notes again, leaving the agenda lines as they are (a note changes nothing else). */
    void showNotes(List<ReviewNote> notes) {
        noteList.removeAll();
        notes.forEach(n -> {
            Markup line = new Markup(Markup.element("span", null, n.text()),
                    meta(" — " + n.writtenByName() + ", " + TIME.format(n.writtenAt().atZone(ZoneId.systemDefault()))));
            line.addClassName("review-note");
            noteList.add(line);
        });
    }

    /**
     * One agenda line: a "done" box for live actions, the title (a link when the item lives somewhere), the detail.
     * Only the box is a component; the rest is markup, as a review shows dozens of lines (see {@link Markup}).
     */
    static Component line(AgendaItem item, boolean editable, BiConsumer<AgendaItem, Boolean> onDone) {
        List<Element> body = new ArrayList<>();
        body.add(item.route() != null ? Markup.link(item.route(), "review-line-title", item.title())
                : Markup.element("span", "review-line-title", item.title()));
        if (item.detail() != null) {
            body.add(meta(item.detail()));
        }
        String[] classes = {"review-line", "tone-" + item.tone().name().toLowerCase(Locale.ROOT)};
        if (item.actionId() == null) {
            Element wrapper = new Element("div").addClass("review-line-body");
            body.forEach(wrapper::appendChild);
            Markup line = new Markup(wrapper);
            line.addClassNames(classes);
            return line;
        }
        Checkbox done = new Checkbox(item.tone() == org.cxplanner.review.Tone.DONE);
        done.setAriaLabel("Done: " + item.title());
        done.setEnabled(editable);
        done.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                onDone.accept(item, change.getValue());
            }
        });
        Markup text = new Markup(body.toArray(Element[]::new));
        text.addClassName("review-line-body");
        Div line = new Div(done, text);
        line.addClassNames(classes);
        return line;
    }

    private static Element meta(String text) {
        return Markup.element("span", "review-meta", text);
    }
}
