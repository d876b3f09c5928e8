package org.cxplanner.messaging.ui;

import org.cxplanner.security.CurrentUser;

import org.cxplanner.messaging.MessagingEvents;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.cxplanner.base.events.PlanEvents;
import org.cxplanner.base.ui.SharedScreen;
import org.cxplanner.messaging.MessageRow;
import org.cxplanner.messaging.MessageEditing;
import org.cxplanner.messaging.MessageQueries;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Messages by send date: a month grid and the week's list, with status badges (text and colour) and send clashes. */
@Route("messages/calendar")
@PageTitle("Message calendar · CX Partnership Planner")
@PermitAll
public class MessageCalendarView extends VerticalLayout implements SharedScreen {

    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy");

    private final MessageQueries messaging;
    private final MessageEditing editing;
    final Span month = new Span();
    final Div grid = new Div();
    final VerticalLayout week = new VerticalLayout();
    final com.vaadin.flow.component.textfield.IntegerField clashDays = new com.vaadin.flow.component.textfield.IntegerField("Send clash window (days)");
    private YearMonth shownMonth = YearMonth.now();
    private LocalDate shownWeek = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    final Span weekLabel = new Span();

    MessageCalendarView(MessageQueries messaging, MessageEditing editing, PlanEvents events) {
        this.messaging = messaging;
        this.editing = editing;
        addClassName("message-calendar");
        Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), click -> move(-1));
        previous.setAriaLabel("Previous month");
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), click -> move(1));
        next.setAriaLabel("Next month");
        Button today = new Button("Today", click -> {
            shownMonth = YearMonth.now();
            shownWeek = LocalDate.now().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            refresh();
        });
        for (Button button : List.of(previous, next, today)) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        }
        month.addClassName("timeline-range");
        grid.addClassName("calendar-grid");
        week.setPadding(false);
        HorizontalLayout navigation = new HorizontalLayout(new RouterLink("← Messages", MessagesView.class), previous, month, next, today);
        navigation.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        clashDays.setValue(messaging.clashDays());
        clashDays.setMin(0);
        clashDays.setMax(60);
        clashDays.setStepButtonsVisible(true);
        clashDays.setHelperText("Two messages to the same audience stage this close together clash.");
        clashDays.setReadOnly(CurrentUser.access().leads().orElse(null) == null);
        clashDays.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                try {
                    editing.setClashDays(event.getValue());
                    clashDays.setInvalid(false);
                    refresh();
                } catch (org.cxplanner.base.FieldProblem problem) {
                    clashDays.setErrorMessage(problem.getMessage());
                    clashDays.setInvalid(true);
                }
            }
        });
        navigation.add(clashDays);
        Button previousWeek = new Button(VaadinIcon.ANGLE_LEFT.create(), click -> {
            shownWeek = shownWeek.minusWeeks(1);
            refresh();
        });
        previousWeek.setAriaLabel("Previous week");
        Button nextWeek = new Button(VaadinIcon.ANGLE_RIGHT.create(), click -> {
            shownWeek = shownWeek.plusWeeks(1);
            refresh();
        });
        nextWeek.setAriaLabel("Next week");
        previousWeek.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        nextWeek.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        weekLabel.addClassName("timeline-range");
        HorizontalLayout weekNavigation = new HorizontalLayout(new H2("Week"), previousWeek, weekLabel, nextWeek);
        weekNavigation.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        add(navigation, grid, weekNavigation, week);
        refresh();
        events.subscribeWhileAttached(this, Set.of(MessagingEvents.MESSAGES), event -> refresh());
    }

    @Override
    public String presenceScreen() {
        return "messages";
    }

    private void move(int months) {
        shownMonth = shownMonth.plusMonths(months);
        refresh();
    }

    void refresh() {
        List<MessageRow> rows = messaging.rows();
        clashDays.setValue(messaging.clashDays());
        Map<LocalDate, List<MessageRow>> byDay = rows.stream().collect(Collectors.groupingBy(MessageRow::sendDate));
        month.setText(MONTH.format(shownMonth));
        grid.removeAll();
        for (DayOfWeek day : DayOfWeek.values()) {
            Span name = new Span(day.getDisplayName(TextStyle.SHORT, Locale.ENGLISH));
            name.addClassName("calendar-weekday");
            grid.add(name);
        }
        LocalDate first = shownMonth.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = shownMonth.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            Div cell = new Div(new Span(String.valueOf(day.getDayOfMonth())));
            cell.addClassName("calendar-day");
            if (!YearMonth.from(day).equals(shownMonth)) {
                cell.addClassName("other-month");
            }
            if (day.equals(LocalDate.now())) {
                cell.addClassName("today");
            }
            byDay.getOrDefault(day, List.of()).forEach(row -> cell.add(chip(row)));
            grid.add(cell);
        }
        week.removeAll();
        LocalDate monday = shownWeek;
        weekLabel.setText(MessagesView.SHORT_DATE.format(monday) + " – " + MessagesView.SHORT_DATE.format(monday.plusDays(6)));
        List<MessageRow> thisWeek = rows.stream().filter(r -> !r.sendDate().isBefore(monday) && r.sendDate().isBefore(monday.plusDays(7))).toList();
        thisWeek.forEach(row -> {
            Div line = new Div(new Span(MessagesView.DATE.format(row.sendDate()) + " · "), chip(row));
            week.add(line);
        });
        if (thisWeek.isEmpty()) {
            week.add(new Span("No messages go out this week."));
        }
        for (var line : week.getChildren().toList()) {
            line.getElement().getClassList().add("week-line");
        }
    }

    private Div chip(MessageRow row) {
        Span status = new Span(row.status().label());
        status.addClassNames("status-badge", row.status().cssName());
        Div chip = new Div(new Span(row.title()), status);
        chip.addClassName("calendar-chip");
        if (!row.clashes().isEmpty()) {
            Span clash = new Span("⚠ clash");
            clash.addClassName("clash");
            clash.setTitle(row.clashText());
            chip.add(clash);
        }
        if (!row.latePromises().isEmpty()) {
            Span late = new Span("⚠ " + row.promiseText());
            late.addClassName("late-promise");
            chip.add(late);
        }
        chip.getElement().setAttribute("tabindex", "0");
        chip.getElement().setAttribute("role", "link");
        chip.addClickListener(click -> UI.getCurrent().navigate(MessageView.class, row.id()));
        return chip;
    }
}
