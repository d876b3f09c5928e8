package org.cxplanner.roadmap.ui;

import org.cxplanner.security.CurrentUser;

import org.cxplanner.base.ui.TextLimit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.ui.FieldErrors;
import org.cxplanner.base.ui.Notifications;
import org.cxplanner.catalog.CatalogEntry;
import org.cxplanner.catalog.JourneyStage;
import org.cxplanner.catalog.Touchpoint;
import org.cxplanner.roadmap.Initiative;
import org.cxplanner.roadmap.InitiativeForm;
import org.cxplanner.roadmap.InitiativeStatus;
import org.cxplanner.roadmap.MilestoneForm;
import org.cxplanner.roadmap.RoadmapDependencies;
import org.cxplanner.roadmap.RoadmapService;
import org.cxplanner.security.Team;
import org.cxplanner.users.Person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Creates or edits an initiative. Bad input is marked next to its field and nothing is saved; a colleague's newer
 * save is reported with their name, and the dialog stays open so nothing typed is lost.
 */
class InitiativeDialog extends Dialog {

    final TextField title = new TextField("Title");
    final ComboBox<Team> team = new ComboBox<>("Owning team");
    final ComboBox<Person> owner = new ComboBox<>("Owner");
    final ComboBox<InitiativeStatus> status = new ComboBox<>("Status");
    final DatePicker start = org.cxplanner.base.ui.DateInput.explained(new DatePicker("Start"));
    final DatePicker end = org.cxplanner.base.ui.DateInput.explained(new DatePicker("End"));
    final TextArea description = new TextArea("Description");
    final MultiSelectComboBox<JourneyStage> stages = new MultiSelectComboBox<>("Journey stages it changes");
    final MultiSelectComboBox<Touchpoint> touchpoints = new MultiSelectComboBox<>("Touchpoints it changes");
    final MultiSelectComboBox<org.cxplanner.indicators.Indicator> indicators = new MultiSelectComboBox<>("Indicators it should move");
    final VerticalLayout milestoneRows = new VerticalLayout();
    final Button addMilestone = new Button("Add milestone", VaadinIcon.PLUS.create());
    final Button save = new Button("Save");
    final Span conflict = new Span();
    final Button reload = new Button("Discard mine and reload");
    final List<MilestoneRow> milestones = new ArrayList<>();
    private final BeanValidationBinder<InitiativeForm> binder = new BeanValidationBinder<>(InitiativeForm.class);

    /** The knock-on of a date change, shown before it is saved (tests read it). */
    KnockOnDialog knockOn;
    DependencyPanel dependencyPanel;
    /** For a new initiative: the one it starts after, if any. */
    final ComboBox<org.cxplanner.roadmap.InitiativeRow> startsAfter = new ComboBox<>("Starts after");
    final com.vaadin.flow.component.textfield.IntegerField startsAfterLag = new com.vaadin.flow.component.textfield.IntegerField("Days between");
    private final RoadmapDependencies dependencies;

    InitiativeDialog(RoadmapService roadmap, RoadmapDependencies dependencies, RoadmapChoices choices, Initiative existing,
                     Consumer<Initiative> onSaved) {
        this.dependencies = dependencies;
        setHeaderTitle(existing == null ? "New initiative" : "Edit initiative");
        setWidth("min(56rem, 100vw)");
        addClassName("initiative-dialog");
        InitiativeForm form = existing == null ? new InitiativeForm() : InitiativeForm.of(existing);
        if (existing == null) {
            LocalDate monday = LocalDate.now().with(java.time.DayOfWeek.MONDAY).plusWeeks(1);
            form.setStartDate(monday);
            form.setEndDate(monday.plusWeeks(6).minusDays(3));
            choices.people().stream().filter(p -> p.username().equalsIgnoreCase(choices.self())).findFirst()
                    .ifPresent(self -> form.setOwnerId(self.id()));
        }

        TextLimit.apply(title, 200);
        title.setRequiredIndicatorVisible(true);
        team.setItems(CurrentUser.access().teamsFor(existing == null ? null : existing.getTeam()));
        team.setItemLabelGenerator(Team::label);
        owner.setItems(choices.people().stream().filter(p -> p.enabled() || Objects.equals(p.id(), form.getOwnerId())).toList());
        owner.setItemLabelGenerator(Person::displayName);
        status.setItems(InitiativeStatus.values());
        status.setItemLabelGenerator(InitiativeStatus::label);
        TextLimit.apply(description, 4000);
        stages.setItems(active(choices.stages(), form.getStageIds()));
        stages.setItemLabelGenerator(CatalogEntry::getName);
        touchpoints.setItems(active(choices.touchpoints(), form.getTouchpointIds()));
        touchpoints.setItemLabelGenerator(CatalogEntry::getName);

        binder.forField(title).bind("title");
        binder.forField(description).bind("description");
        binder.forField(team).bind("team");
        binder.forField(owner).withConverter(p -> p == null ? null : p.id(),
                id -> choices.people().stream().filter(p -> Objects.equals(p.id(), id)).findFirst().orElse(null)).bind("ownerId");
        binder.forField(status).bind("status");
        binder.forField(start).bind("startDate");
        binder.forField(end).withValidator(date -> date == null || start.getValue() == null || !date.isBefore(start.getValue()),
                "The end date cannot be before the start date.").bind("endDate");
        start.addValueChangeListener(event -> {
            if (end.getValue() != null) {
                binder.validate();
            }
        });
        binder.forField(stages).withConverter(selected -> ids(selected), ids -> pick(choices.stages(), ids)).bind("stageIds");
        binder.forField(touchpoints).withConverter(selected -> ids(selected), ids -> pick(choices.touchpoints(), ids)).bind("touchpointIds");
        List<org.cxplanner.indicators.Indicator> allIndicators = choices.indicators().get();
        indicators.setItems(allIndicators);
        indicators.setItemLabelGenerator(i -> i.getName() + " (" + i.getKind().label() + ")");
        binder.forField(indicators).withConverter(
                selected -> selected.stream().map(org.cxplanner.indicators.Indicator::getId).collect(Collectors.toCollection(LinkedHashSet::new)),
                ids -> allIndicators.stream().filter(i -> ids != null && ids.contains(i.getId()))
                        .collect(Collectors.toCollection(LinkedHashSet::new))).bind("indicatorIds");
        binder.setBean(form);
        form.getMilestones().forEach(this::addMilestoneRow);

        milestoneRows.setPadding(false);
        milestoneRows.setSpacing(false);
        addMilestone.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addMilestone.addClickListener(click -> addMilestoneRow(new MilestoneForm(null, end.getValue(), false)).name.focus());
        conflict.addClassName("form-conflict");
        conflict.setVisible(false);
        reload.setVisible(false);
        reload.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reload.addClickListener(click -> {
            close();
            onSaved.accept(existing);
        });

        FormLayout fields = new FormLayout(title, team, owner, status, start, end, stages, touchpoints, indicators, description);
        fields.setColspan(title, 2);
        fields.setColspan(description, 2);
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
        H4 milestonesTitle = new H4("Milestones");
        add(conflict, fields, milestonesTitle, milestoneRows, addMilestone);
        if (existing == null) {
            // A new initiative can wait for one other at once; more on its page or in this editor later.
            DependencyPanel.searchable(startsAfter, startsAfterLag, roadmap);
            HorizontalLayout link = new HorizontalLayout(startsAfter, startsAfterLag);
            link.setWrap(true);
            link.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
            add(new H4("Depends on"), link);
        } else {
            // Links apply at once, as on the initiative's page: they are not part of what Save writes.
            dependencyPanel = new DependencyPanel(dependencies, roadmap, existing.getId(), true, () -> dependencyPanel.show(true));
            add(new H4("Depends on"), dependencyPanel);
        }

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save(roadmap, existing, form, onSaved));
        Button cancel = new Button("Cancel", event -> close());
        getFooter().add(reload, cancel, save);
    }

    private void save(RoadmapService roadmap, Initiative existing, InitiativeForm form, Consumer<Initiative> onSaved) {
        boolean valid = binder.validate().isOk();
        List<MilestoneForm> milestoneForms = new ArrayList<>();
        for (MilestoneRow row : milestones) {
            valid &= row.validate();
            milestoneForms.add(new MilestoneForm(row.name.getValue(), row.date.getValue(), row.done.getValue()));
        }
        if (!valid) {
            return;
        }
        form.setMilestones(milestoneForms);
        if (existing != null && (!existing.getStartDate().equals(form.getStartDate()) || !existing.getEndDate().equals(form.getEndDate()))) {
            RoadmapDependencies.Preview preview = dependencies.preview(existing.getId(), form.getStartDate(), form.getEndDate());
            if (!preview.isEmpty()) {
                knockOn = new KnockOnDialog(form.getTitle(), preview, moveToo -> store(roadmap, existing, form, onSaved, moveToo));
                knockOn.open();
                return;
            }
        }
        store(roadmap, existing, form, onSaved, false);
    }

    private void store(RoadmapService roadmap, Initiative existing, InitiativeForm form, Consumer<Initiative> onSaved, boolean moveDependants) {
        try {
            Initiative saved = existing != null ? roadmap.update(existing.getId(), existing.getVersion(), form, moveDependants)
                    : startsAfter.getValue() == null ? roadmap.create(form)
                    : roadmap.create(form, startsAfter.getValue().id(), startsAfterLag.getValue() == null ? 0 : startsAfterLag.getValue());
            Notifications.success("Saved '" + saved.getTitle() + "'.");
            close();
            onSaved.accept(saved);
        } catch (FieldProblem problem) {
            if (!FieldErrors.show(problem, Map.of("title", title, "team", team, "ownerId", owner, "touchpointIds", touchpoints,
                    "predecessor", startsAfter, "lag", startsAfterLag))) {
                Notifications.error(problem.getMessage());
            }
        } catch (EditConflict e) {
            // Nothing typed is lost: the dialog stays open until the user chooses to reload.
            conflict.setText(e.getMessage());
            conflict.setVisible(true);
            reload.setVisible(existing != null);
            save.setEnabled(false);
        }
    }

    private MilestoneRow addMilestoneRow(MilestoneForm milestone) {
        MilestoneRow row = new MilestoneRow(milestone);
        row.remove.addClickListener(click -> {
            milestones.remove(row);
            milestoneRows.remove(row);
        });
        milestones.add(row);
        milestoneRows.add(row);
        return row;
    }

    private static <E extends CatalogEntry> List<E> active(List<E> entries, java.util.Set<Long> chosen) {
        return entries.stream().filter(e -> !e.isArchived() || chosen.contains(e.getId())).toList();
    }

    private static java.util.Set<Long> ids(java.util.Set<? extends CatalogEntry> selected) {
        return selected.stream().map(CatalogEntry::getId).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static <E extends CatalogEntry> java.util.Set<E> pick(List<E> entries, java.util.Set<Long> ids) {
        return entries.stream().filter(e -> ids != null && ids.contains(e.getId())).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** One milestone: a name, a date and whether it is done. */
    static class MilestoneRow extends HorizontalLayout {

        final TextField name = new TextField();
        final DatePicker date = org.cxplanner.base.ui.DateInput.explained(new DatePicker());
        final Checkbox done = new Checkbox("Done");
        final Button remove = new Button(VaadinIcon.TRASH.create());

        MilestoneRow(MilestoneForm milestone) {
            name.setPlaceholder("Milestone");
            name.setAriaLabel("Milestone name");
            TextLimit.apply(name, 200);
            name.setValue(milestone.getName() == null ? "" : milestone.getName());
            date.setAriaLabel("Milestone date");
            date.setValue(milestone.getDueDate());
            done.setValue(milestone.isDone());
            remove.setAriaLabel("Remove milestone");
            remove.setTooltipText("Remove milestone");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            setAlignItems(Alignment.BASELINE);
            setWidthFull();
            setFlexGrow(1, name);
            add(name, date, done, remove);
        }

        boolean validate() {
            boolean nameOk = !name.getValue().isBlank();
            name.setInvalid(!nameOk);
            name.setErrorMessage(nameOk ? null : "Name the milestone.");
            boolean dateOk = date.getValue() != null;
            date.setInvalid(!dateOk);
            date.setErrorMessage(dateOk ? null : "Give the milestone a date.");
            return nameOk && dateOk;
        }
    }
}
