package org.cxplanner.roadmap.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import org.cxplanner.base.ui.Markup;
import org.cxplanner.roadmap.KnockOn;
import org.cxplanner.roadmap.KnockOnText;
import org.cxplanner.roadmap.RoadmapDependencies;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Before a move that touches other initiatives or messages is made: what it would do if the others keep their
 * dates, and if those waiting for it move too (each only if the user may move it). The choice goes to
 * {@code confirmed} (true: move them too); cancelling changes nothing.
 */
class KnockOnDialog extends Dialog {

    final Markup effects = new Markup();
    final Button moveToo = new Button("Move the dependants too");
    final Button keep = new Button("Keep them and flag the conflict");
    final Button cancel = new Button("Cancel");

    KnockOnDialog(String what, RoadmapDependencies.Preview preview, Consumer<Boolean> confirmed) {
        setHeaderTitle("Before you move '" + what + "'");
        addClassName("knock-on-dialog");
        List<Element> content = new ArrayList<>();
        if (preview.offersMoveToo()) {
            content.add(section("If the others keep their dates", preview.keep()));
            content.add(section("If those waiting for it move too", preview.moveToo()));
        } else {
            content.add(section(null, preview.keep()));
            keep.setText(preview.keep().conflicts().isEmpty() ? "Move it" : "Move it and flag the conflict");
        }
        effects.show(content.toArray(Element[]::new));
        effects.addClassName("knock-on-effects");
        add(effects);
        moveToo.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        moveToo.setVisible(preview.offersMoveToo());
        if (!preview.offersMoveToo()) {
            keep.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        moveToo.addClickListener(click -> {
            close();
            confirmed.accept(true);
        });
        keep.addClickListener(click -> {
            close();
            confirmed.accept(false);
        });
        cancel.addClickListener(click -> close());
        getFooter().add(cancel, keep, moveToo);
    }

    private static Element section(String heading, KnockOn knockOn) {
        Element section = new Element("section");
        if (heading != null) {
            section.appendChild(Markup.element("h3", null, heading));
        }
        String summary = KnockOnText.summary(knockOn);
        section.appendChild(Markup.element("p", "knock-on-summary", summary.isEmpty() ? "Nothing else changes." : summary));
        Element list = new Element("ul");
        KnockOnText.lines(knockOn).forEach(line -> list.appendChild(Markup.element("li", null, line)));
        if (!list.children().isEmpty()) {
            section.appendChild(list);
        }
        return section;
    }
}
