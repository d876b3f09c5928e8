package org.cxplanner.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
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
import java.util.stream.Collectors;

/** "Also here": the avatars of everyone else who has the current screen open, on any node, kept live. */
class PresenceBar extends Composite<Div> {

    private final PresenceService presence;
    private final String self;
    final AvatarGroup avatars = new AvatarGroup();
    private final Span label = new Span("Also here");
    private String screen;
    private UUID entry;

    PresenceBar(PresenceService presence, PlanEvents events, String self) {
        this.presence = presence;
        this.self = self;
        avatars.setMaxItemsVisible(5);
        avatars.addThemeVariants(AvatarGroupVariant.LUMO_SMALL);
        label.addClassName("presence-label");
        getContent().add(label, avatars);
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
        if (screen != null && isAttached()) {
            entry = presence.enter(screen);
        }
        refresh();
    }

    List<String> names() {
        return avatars.getItems().stream().map(AvatarGroup.AvatarGroupItem::getName).toList();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (screen != null && entry == null) {
            entry = presence.enter(screen);
            refresh();
        }
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        leave();
    }

    private void leave() {
        if (entry != null) {
            presence.leave(entry);
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
        List<Present> others = screen == null ? List.of()
                : presence.on(screen).stream().filter(p -> !p.username().equalsIgnoreCase(self)).toList();
        avatars.setItems(java.util.stream.IntStream.range(0, others.size()).mapToObj(i -> avatar(others.get(i), i)).toList());
        String names = others.stream().map(Present::displayName).collect(Collectors.joining(", "));
        getContent().getElement().setAttribute("title", names.isEmpty() ? "" : "Also looking at this: " + names);
        getContent().getElement().setAttribute("aria-label", names.isEmpty() ? "" : "Also looking at this: " + names);
        getContent().setVisible(!others.isEmpty());
    }
}
