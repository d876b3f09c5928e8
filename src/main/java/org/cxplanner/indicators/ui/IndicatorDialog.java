package org.cxplanner.indicators.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.security.Team;
import org.cxplanner.base.ui.FieldErrors;
import org.cxplanner.base.ui.Notifications;
import org.cxplanner.indicators.Cadence;
import org.cxplanner.indicators.Direction;
import org.cxplanner.indicators.Indicator;
import org.cxplanner.indicators.IndicatorForm;
import org.cxplanner.indicators.IndicatorKind;
import org.cxplanner.indicators.IndicatorService;
import org.cxplanner.indicators.ScorecardRow;
import org.cxplanner.users.Person;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Defines or changes an indicator: kind, owning team and owner, unit, direction and target, cadence, guardrail CPI. */
class IndicatorDialog extends Dialog {

    final TextField name = new TextField("Name");
    final ComboBox<IndicatorKind> kind = new ComboBox<>("Kind");
    final ComboBox<Team> team = new ComboBox<>("Owning team");
    final ComboBox<Person> owner = new ComboBox<>("Owner");
    final TextField unit = new TextField("Unit");
    final ComboBox<Direction> direction = new ComboBox<>("Direction");
    final BigDecimalField target = new BigDecimalField("Target");
    final BigDecimalField low = new BigDecimalField("Range from");
    final BigDecimalField high = new BigDecimalField("Range to");
    final ComboBox<Cadence> cadence = new ComboBox<>("Cadence");
    final ComboBox<Indicator> guardedBy = new ComboBox<>("Guarded by (CPI)");
    final TextArea description = new TextArea("How it is measured");
    final Button save = new Button("Save");
    private final BeanValidationBinder<IndicatorForm> binder = new BeanValidationBinder<>(IndicatorForm.class);

    IndicatorDialog(IndicatorService indicators, List<Person> people, List<ScorecardRow> all, Indicator existing, Runnable onSaved) {
        setHeaderTitle(existing == null ? "New indicator" : "Edit indicator");
        setWidth("min(44rem, 100vw)");
        kind.setItems(IndicatorKind.values());
        kind.setItemLabelGenerator(k -> k.label() + " (" + k.meaning() + ")");
        team.setItems(Team.values());
        team.setItemLabelGenerator(Team::label);
        owner.setItems(people);
        owner.setItemLabelGenerator(Person::displayName);
        direction.setItems(Direction.values());
        direction.setItemLabelGenerator(Direction::label);
        cadence.setItems(Cadence.values());
        cadence.setItemLabelGenerator(Cadence::label);
        List<Indicator> cpis = all.stream().map(ScorecardRow::indicator).filter(i -> i.getKind() == IndicatorKind.CPI).toList();
        guardedBy.setItems(cpis);
        guardedBy.setItemLabelGenerator(Indicator::getName);
        guardedBy.setClearButtonVisible(true);

        binder.forField(name).bind("name");
        binder.forField(kind).bind("kind");
        binder.forField(team).bind("team");
        binder.forField(owner).withConverter(p -> p == null ? null : p.id(),
                id -> people.stream().filter(p -> Objects.equals(p.id(), id)).findFirst().orElse(null)).bind("ownerId");
        binder.forField(unit).bind("unit");
        binder.forField(direction).bind("direction");
        binder.forField(target).bind("target");
        binder.forField(low).bind("targetLow");
        binder.forField(high).bind("targetHigh");
        binder.forField(cadence).bind("cadence");
        binder.forField(description).bind("description");
        binder.forField(guardedBy).withConverter(i -> i == null ? null : i.getId(),
                id -> cpis.stream().filter(i -> Objects.equals(i.getId(), id)).findFirst().orElse(null)).bind("guardedBy");
        IndicatorForm form = existing == null ? new IndicatorForm() : IndicatorForm.of(existing);
        binder.setBean(form);
        direction.addValueChangeListener(e -> showTargets());
        kind.addValueChangeListener(e -> guardedBy.setVisible(e.getValue() == IndicatorKind.KPI));
        showTargets();
        guardedBy.setVisible(form.getKind() == IndicatorKind.KPI);

        FormLayout fields = new FormLayout(name, kind, team, owner, unit, direction, target, low, high, cadence, guardedBy, description);
        fields.setColspan(name, 2);
        fields.setColspan(description, 2);
        add(fields);
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            var status = binder.validate();
            if (!status.isOk()) {
                BigDecimalField where = direction.getValue() == Direction.RANGE ? low : target;
                status.getBeanValidationErrors().forEach(error -> {
                    where.setErrorMessage(error.getErrorMessage());
                    where.setInvalid(true);
                });
                return;
            }
            try {
                indicators.save(existing == null ? null : existing.getId(), existing == null ? 0 : existing.getVersion(), form);
                Notifications.success("Saved '" + form.getName().strip() + "'.");
                close();
                onSaved.run();
            } catch (FieldProblem problem) {
                if (!FieldErrors.show(problem, Map.of("name", name, "guardedBy", guardedBy))) {
                    Notifications.error(problem.getMessage());
                }
            } catch (EditConflict conflict) {
                Notifications.error(conflict.getMessage());
            }
        });
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    private void showTargets() {
        boolean range = direction.getValue() == Direction.RANGE;
        target.setVisible(!range);
        low.setVisible(range);
        high.setVisible(range);
    }
}
