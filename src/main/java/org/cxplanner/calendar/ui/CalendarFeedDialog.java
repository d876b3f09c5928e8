package org.cxplanner.calendar.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import org.cxplanner.base.ui.Notifications;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.cxplanner.calendar.CalendarFeedService;
import org.cxplanner.calendar.FeedChoices;
import org.cxplanner.calendar.FeedState;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * The signed-in person's calendar feed: what it shows, and its secret address, which is shown once when made (only
 * its fingerprint is kept) and can be renewed (the old one stops working) or turned off.
 */
class CalendarFeedDialog extends Dialog {

    private static final DateTimeFormatter SINCE = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);

    private final CalendarFeedService feeds;
    final Select<FeedChoices.Actions> actions = new Select<>();
    final Select<FeedChoices.PlanItems> planItems = new Select<>();
    final Checkbox sendDates = new Checkbox("Message send dates");
    final Checkbox review = new Checkbox("The weekly review meeting");
    final Paragraph state = new Paragraph();
    final TextField address = new TextField("Your feed's address");
    final Button copy = new Button("Copy");
    final Button turnOn = new Button("Make my feed address");
    final Button renew = new Button("New address");
    final Button turnOff = new Button("Turn off");
    final Button save = new Button("Save choices");

    CalendarFeedDialog(CalendarFeedService feeds) {
        this.feeds = feeds;
        setHeaderTitle("Calendar feed");
        Paragraph intro = new Paragraph("Subscribe to your feed in Outlook, Google Calendar or Apple Calendar: the weekly "
                + "review, action items, milestones and send dates then sit in your own calendar and stay up to date.");
        actions.setLabel("Action items");
        actions.setItems(FeedChoices.Actions.values());
        actions.setItemLabelGenerator(FeedChoices.Actions::label);
        planItems.setLabel("Initiatives and milestones");
        planItems.setItems(FeedChoices.PlanItems.values());
        planItems.setItemLabelGenerator(FeedChoices.PlanItems::label);
        FormLayout choices = new FormLayout(actions, planItems, sendDates, review);
        choices.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("28rem", 2));

        address.setReadOnly(true);
        address.setWidthFull();
        address.setHelperText("Shown only now: the planner keeps only a fingerprint of it. Anyone with it can read your feed.");
        copy.addClickListener(click -> {
            address.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", address.getValue());
            Notifications.success("Copied. Paste it into your calendar program as a subscription (\"From URL\").");
        });
        HorizontalLayout addressRow = new HorizontalLayout(address, copy);
        addressRow.setWidthFull();
        addressRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        addressRow.setFlexGrow(1, address);

        turnOn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        turnOn.addClickListener(click -> show(feeds.newAddress(chosen())));
        renew.addClickListener(click -> show(feeds.newAddress(chosen())));
        renew.setTooltipText("Makes a new address; the old one stops working at once");
        turnOff.addThemeVariants(ButtonVariant.LUMO_ERROR);
        turnOff.addClickListener(click -> {
            feeds.turnOff();
            Notifications.success("Your calendar feed is off: its address no longer works.");
            load(null);
        });
        save.addClickListener(click -> {
            feeds.saveChoices(chosen());
            Notifications.success("Saved: calendar programs show the change when they next refresh (usually within an hour).");
        });
        add(intro, choices, state, addressRow);
        getFooter().add(turnOff, renew, turnOn, save, new Button("Close", click -> close()));
        setWidth("min(40rem, 95vw)");
        load(null);
    }

    /** The planner's address as this browser reaches it (behind a proxy, as the proxy forwards it). */
    private static String base() {
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            return ServletUriComponentsBuilder.fromContextPath(request.getHttpServletRequest()).toUriString();
        }
        return "";
    }

    private FeedChoices chosen() {
        return new FeedChoices(actions.getValue(), planItems.getValue(), sendDates.getValue(), review.getValue());
    }

    private void show(String newPath) {
        load(base() + "/" + newPath);
        Notifications.success("Your feed's address is ready: copy it now.");
    }

    private void load(String newAddress) {
        Optional<FeedState> mine = feeds.mine();
        FeedChoices current = mine.map(FeedState::choices).orElse(FeedChoices.DEFAULT);
        actions.setValue(current.actions());
        planItems.setValue(current.planItems());
        sendDates.setValue(current.sendDates());
        review.setValue(current.review());
        state.setText(mine.map(s -> newAddress != null ? "Your feed is on." : "Your feed is on, with an address made on "
                        + SINCE.format(s.since().atZone(ZoneId.systemDefault()))
                        + ". To see the address again, make a new one: the old one then stops working.")
                .orElse("You have no calendar feed yet."));
        address.setValue(newAddress == null ? "" : newAddress);
        address.getParent().ifPresent(row -> row.setVisible(newAddress != null));
        turnOn.setVisible(mine.isEmpty());
        renew.setVisible(mine.isPresent());
        turnOff.setVisible(mine.isPresent());
        save.setVisible(mine.isPresent());
    }
}
