package org.cxplanner.review.ui;

import org.cxplanner.base.ui.TextLimit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
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
import java.util.function.Consumer;

/**
 * One section of the agenda: its groups with counts, each line linking to its item, and the notes written under
 * it. Live action lines get a "done" box; an editable review gets a note field, made when someone starts a note
 * (most open tabs of a review only follow it, and five fields with their buttons were a quarter of what an open
 * review cost, see docs/benchmarks.md).
 */
class AgendaSectionCard extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH);

    /** What the "Add a note" opener carries, for the one click listener of the whole agenda (see ReviewView). */
    static final String OPENER_CLASS = "review-note-open";
    static final String OPENER_SECTION = "data-note-section";
    /** What a "done" box carries, for the one change listener of the agenda and the agreed actions. */
    static final String DONE_CLASS = "review-done";
    static final String DONE_ACTION = "data-action";
    /** What a "Change…" button of an open action carries, for the view's one click listener. */
    static final String HANDOVER_CLASS = "review-handover";
    static final String HANDOVER_ACTION = "data-handover";

    /** The note field and its button, once opened; {@code null} before. */
    TextField note;
    Button addNote;
    private final Markup noteList = new Markup();
    private final AgendaSection section;
    private final boolean editable;
    private final Consumer<String> onNote;
    private List<ReviewNote> notes = List.of();

    AgendaSectionCard(int number, AgendaSection section, Map<String, List<AgendaItem>> groups, List<ReviewNote> notes,
                      boolean editable, Consumer<String> onNote) {
        this.section = section;
        this.editable = editable;
        this.onNote = onNote;
        addClassName("review-section");
        getElement().setAttribute("data-section", section.name());
        int total = groups.values().stream().mapToInt(List::size).sum();
        // The title, the groups and their lines are one markup element, "done" boxes included (the view has one
        // listener for them all): a review shows dozens of lines, and a component per box or line cost an open
        // tab about half a kilobyte each for as long as the review stays open (see Markup).
        List<Element> content = new ArrayList<>();
        content.add(Markup.element("h3", null, (number > 0 ? number + ". " : "") + section.title() + " (" + total + ")"));
        if (groups.isEmpty()) {
            content.add(Markup.element("p", "review-nothing",
                    section == AgendaSection.AGREED ? "No action items were agreed." : "Nothing to discuss here."));
        }
        groups.forEach((group, items) -> {
            content.add(Markup.element("h4", "review-group", group + " · " + items.size()));
            Element lines = Markup.element("div", "review-lines", null);
            items.forEach(item -> lines.appendChild(lineMarkup(item, editable)));
            content.add(lines);
        });
        add(new Markup(content.toArray(Element[]::new)));
        if (section != AgendaSection.AGREED && (!notes.isEmpty() || editable)) {
            noteList.addClassName("review-notes");
            showNotes(notes);
            add(noteList);
        }
    }

    /** Whoever starts a note gets the field, with the keyboard focus in it. */
    void openNoteField() {
        openNoteField(true);
    }

    /** The text of an opened note field, or {@code null} when it was never opened. */
    String draft() {
        return note == null ? null : note.getValue();
    }

    void openNoteField(boolean focus) {
        if (!editable || section == AgendaSection.AGREED) {
            return;
        }
        if (note == null) {
            note = new TextField();
            note.setPlaceholder("Add a note to this section");
            note.setAriaLabel("Note on " + section.title());
            TextLimit.apply(note, 2000);
            note.addClassName("review-note-field");
            addNote = new Button("Add note");
            addNote.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            addNote.addClickListener(click -> onNote.accept(note.getValue()));
            note.addKeyPressListener(com.vaadin.flow.component.Key.ENTER, enter -> onNote.accept(note.getValue()));
            Div row = new Div(note, addNote);
            row.addClassName("review-note-row");
            add(row);
            showNotes(notes);
        }
        if (focus) {
            note.focus();
        }
    }

    AgendaSection section() {
        return section;
    }

    /** Shows the section's notes again, leaving the agenda lines as they are (a note changes nothing else). */
    void showNotes(List<ReviewNote> notes) {
        this.notes = notes;
        List<Element> lines = new ArrayList<>();
        notes.forEach(n -> {
            Element line = Markup.element("div", "review-note", null);
            line.appendChild(Markup.element("span", null, n.text()));
            line.appendChild(meta(" — " + n.writtenByName() + ", " + TIME.format(n.writtenAt().atZone(ZoneId.systemDefault()))));
            lines.add(line);
        });
        if (editable && note == null) {
            lines.add(Markup.element("button", OPENER_CLASS, "Add a note to this section…")
                    .attr("type", "button").attr(OPENER_SECTION, section.name()));
        }
        noteList.show(lines.toArray(Element[]::new));
    }

    /** One agenda line on its own, for the list of agreed actions that grows one line at a time. */
    static Markup line(AgendaItem item, boolean editable) {
        Element line = lineMarkup(item, editable);
        Markup shown = new Markup(line.children().toArray(Element[]::new));
        shown.addClassNames(lineClasses(item));
        return shown;
    }

    /**
     * One agenda line: a "done" box for live actions (a plain checkbox, reported to the view's one listener by its
     * {@value #DONE_ACTION} attribute), the title (a link when the item lives somewhere), the detail.
     */
    static Element lineMarkup(AgendaItem item, boolean editable) {
        Element line = new Element("div");
        for (String className : lineClasses(item)) {
            line.addClass(className);
        }
        if (item.actionId() != null) {
            Element done = new Element("input").attr("type", "checkbox").addClass(DONE_CLASS)
                    .attr(DONE_ACTION, String.valueOf(item.actionId())).attr("aria-label", "Done: " + item.title());
            if (item.tone() == org.cxplanner.review.Tone.DONE) {
                done.attr("checked", true);
            }
            if (!editable) {
                done.attr("disabled", true);
            }
            line.appendChild(done);
        }
        Element wrapper = new Element("div").addClass("review-line-body");
        lineBody(item).forEach(wrapper::appendChild);
        if (item.actionId() != null && editable && item.tone() != org.cxplanner.review.Tone.DONE) {
            wrapper.appendChild(Markup.element("button", HANDOVER_CLASS, "Change or drop…").attr("type", "button")
                    .attr(HANDOVER_ACTION, String.valueOf(item.actionId())).attr("aria-label", "Change or drop: " + item.title()));
        }
        return line.appendChild(wrapper);
    }

    private static List<Element> lineBody(AgendaItem item) {
        List<Element> body = new ArrayList<>();
        body.add(item.route() != null ? Markup.link(item.route(), "review-line-title", item.title())
                : Markup.element("span", "review-line-title", item.title()));
        if (item.detail() != null) {
            body.add(meta(item.detail()));
        }
        if (item.actionId() != null) {
            body.add(Markup.link("/export/calendar/action/" + item.actionId() + ".ics", "review-add-calendar", "Add to calendar")
                    .attr("router-ignore", "").attr("download", "").attr("aria-label", "Add to calendar: " + item.title()));
        }
        return body;
    }

    private static String[] lineClasses(AgendaItem item) {
        return new String[]{"review-line", "tone-" + item.tone().name().toLowerCase(Locale.ROOT)};
    }

    private static Element meta(String text) {
        return Markup.element("span", "review-meta", text);
    }
}
