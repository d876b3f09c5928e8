package org.cxplanner.review.ui;

import com.vaadin.flow.component.html.Div;
import org.cxplanner.review.AgendaSection;
import org.cxplanner.review.ReviewPage;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** The agenda, one card per section, with the notes written under each; one listener opens any section's note field. */
final class ReviewAgendaPanel extends Div {

    /** The section whose "Add a note" opener was clicked, as the click's event data. */
    static final String NOTE_SECTION = "event.target.closest('." + AgendaSectionCard.OPENER_CLASS + "').getAttribute('"
            + AgendaSectionCard.OPENER_SECTION + "')";
    /** Only clicks on an opener reach the server. */
    static final String NOTE_OPENER = "event.target.closest('." + AgendaSectionCard.OPENER_CLASS + "') != null";

    private final BiConsumer<AgendaSection, String> onNote;

    ReviewAgendaPanel(BiConsumer<AgendaSection, String> onNote) {
        this.onNote = onNote;
        addClassName("review-agenda");
        // One listener for every section's "Add a note" opener, which is markup until someone starts a note.
        getElement().addEventListener("click", click -> openNote(click.getEventData().path(NOTE_SECTION).asString("")))
                .addEventData(NOTE_SECTION).setFilter(NOTE_OPENER);
    }

    /** Draws the agenda again; a note someone is writing stays, with its text, when a colleague changes the plan. */
    void show(ReviewPage page) {
        java.util.Map<AgendaSection, String> drafts = new EnumMap<>(AgendaSection.class);
        sections().forEach(card -> {
            if (card.draft() != null) {
                drafts.put(card.section(), card.draft());
            }
        });
        removeAll();
        int number = 1;
        for (AgendaSection section : AgendaSection.agenda()) {
            AgendaSectionCard card = new AgendaSectionCard(number++, section, page.agenda().groups(section),
                    page.notes(section), page.editable(), text -> onNote.accept(section, text));
            add(card);
            if (drafts.containsKey(section) && page.editable()) {
                card.openNoteField(false);
                card.note.setValue(drafts.get(section));
            }
        }
    }

    /** Marks the section the meeting is in now (none before it starts and after it ends). */
    void markCurrent(org.cxplanner.review.MeetingClock clock) {
        AgendaSection now = clock.running().map(org.cxplanner.review.MeetingClock.SectionTime::section).orElse(null);
        sections().forEach(card -> {
            card.setClassName("review-section-now", card.section() == now);
            if (card.section() == now) {
                card.getElement().setAttribute("aria-current", "step");
            } else {
                card.getElement().removeAttribute("aria-current");
            }
        });
    }

    void showNotes(ReviewPage page) {
        sections().forEach(card -> card.showNotes(page.notes(card.section())));
    }

    List<AgendaSectionCard> sections() {
        return getChildren().map(AgendaSectionCard.class::cast).toList();
    }

    void openNote(String sectionName) {
        sections().stream().filter(card -> card.section().name().equals(sectionName)).findFirst()
                .ifPresent(AgendaSectionCard::openNoteField);
    }

    void noteSaved(AgendaSection section) {
        sections().stream().filter(card -> card.section() == section).findFirst().ifPresent(card -> {
            card.note.clear();
            card.note.setInvalid(false);
        });
    }

    void noteRefused(AgendaSection section, String message) {
        sections().stream().filter(card -> card.section() == section).findFirst().ifPresent(card -> {
            card.note.setErrorMessage(message);
            card.note.setInvalid(true);
        });
    }
}
