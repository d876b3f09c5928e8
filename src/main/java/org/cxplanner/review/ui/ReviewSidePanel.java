package org.cxplanner.review.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.cxplanner.base.ui.Markup;
import org.cxplanner.review.AgendaItem;
import org.cxplanner.review.AgendaSection;
import org.cxplanner.review.Decision;
import org.cxplanner.review.ReviewPage;
import org.cxplanner.review.ReviewSummary;
import org.jsoup.nodes.Element;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static org.cxplanner.review.ui.ReviewHeader.WHEN;

/** The review's side column: the decisions taken, the action items agreed, and every review held so far. */
final class ReviewSidePanel extends Div {

    final Div decisions = new Div();
    final Div agreed = new Div();
    final Div past = new Div();
    private List<String> agreedShown = List.of();

    ReviewSidePanel() {
        add(new H3("Decisions"), decisions, new H3("Action items agreed"), agreed, past);
        addClassName("review-side");
        decisions.addClassName("review-decisions");
        agreed.addClassName("review-agreed");
    }

    /** The agreed actions are drawn again in full next time (after a "done" box changed, even if refused). */
    void forgetAgreed() {
        agreedShown = List.of();
    }

    void showDecisions(ReviewPage shown) {
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
            if (decision.pin() != null) {
                parts.add(Markup.element("span", decision.pin().holds() ? "review-pin" : "review-pin review-pin-broken",
                        "Pins " + decision.pin().pinned() + " · " + decision.pin().state()));
            }
            parts.add(Markup.element("span", "review-meta",
                    decision.decidedByName() + ", " + WHEN.format(decision.decidedAt().atZone(ZoneId.systemDefault()))));
            Markup line = new Markup(parts.toArray(Element[]::new));
            line.addClassName("review-decision");
            decisions.add(line);
        }
    }

    void showAgreed(ReviewPage shown) {
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

    void showPast(List<ReviewSummary> summaries) {
        past.removeAll();
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
}
