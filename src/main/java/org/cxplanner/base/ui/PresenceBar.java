package org.cxplanner.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.avatar.AvatarGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import org.cxplanner.base.events.PlanEvents;
import org.cxplanner.base.presence.Present;
import org.cxplanner.base.presence.PresenceService;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * "Also here": the avatars of everyone else who has the current screen open, on any node, kept live. Most of the
 * time nobody else is there, so the label and the avatar group are made when the first colleague arrives: until
 * then the bar is one hidden element per open tab.
 */
class PresenceBar extends Composite<Div> {

    private final PresenceService presence;
    private final String self;
    private AvatarGroup avatars;
    private List<String> names = List.of();
    private String screen;
    private UUID entry;

    PresenceBar(PresenceService presence, PlanEvents events, String self) {
        this.presence = presence;
        this.self = self;
        getContent().addClassName("presence-bar");
        getContent().setVisible(false);
        events.subscribeWhileAttached(this, Set.of(PresenceService.EVENT_KIND), event -> {
            if (screen != null && (event.isEverything() || event.keys().contains(screen))) {
                refresh();
            }
        });
    }

    /** Called on every navigation: {@code null} for screens without shared data. */
    void show(String newScreen) {
        if (newScreen != null && newScreen.equals(screen)) {
            return;
        }
        leave();
        screen = newScreen;
        display(List.of());
        if (screen != null && isAttached()) {
            entry = enter();
        }
    }

    List<String> names() {
        return names;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (screen != null && entry == null) {
            entry = enter();
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        leave();
    }

    /**
     * The entry is written, and the colleagues already there are read, after this request is answered: the screen
     * shows first and the avatars follow by push a moment later.
     */
    private UUID enter() {
        UI ui = getUI().orElseThrow();
        String entered = screen;
        return presence.enterSoon(entered, BrowserConnection.of(ui), everyone -> {
            try {
                ui.access(() -> {
                    if (entered.equals(screen)) {
                        display(everyone);
                    }
                });
            } catch (com.vaadin.flow.component.UIDetachedException closed) {
                // The tab closed before its colleagues were read: nothing to show.
            }
        });
    }

    private void leave() {
        if (entry != null) {
            presence.leaveSoon(entry);
            entry = null;
        }
    }

    /** Colours by order of arrival, so the people shown side by side never share one. */
    private static AvatarGroup.AvatarGroupItem avatar(Present present, int index) {
        AvatarGroup.AvatarGroupItem item = new AvatarGroup.AvatarGroupItem(present.displayName());
        item.setColorIndex(index % 7);
        return item;
    }

    private void refresh() {
        display(screen == null ? List.of() : presence.on(screen));
    }

    private void display(List<Present> everyone) {
        List<Present> others = everyone.stream().filter(p -> !p.username().equalsIgnoreCase(self)).toList();
        names = others.stream().map(Present::displayName).toList();
        if (avatars == null && others.isEmpty()) {
            return;
        }
        if (avatars == null) {
            Span label = new Span("Also here");
            label.addClassName("presence-label");
            avatars = new AvatarGroup();
            avatars.setMaxItemsVisible(5);
            avatars.addThemeVariants(AvatarGroupVariant.LUMO_SMALL);
            getContent().add(label, avatars);
        }
        avatars.setItems(java.util.stream.IntStream.range(0, others.size()).mapToObj(i -> avatar(others.get(i), i)).toList());
        String joined = String.join(", ", names);
        getContent().getElement().setAttribute("title", joined.isEmpty() ? "" : "Also looking at this: " + joined);
        getContent().getElement().setAttribute("aria-label", joined.isEmpty() ? "" : "Also looking at this: " + joined);
        getContent().setVisible(!others.isEmpty());
    }
}
