package org.cxplanner.catalog.ui;

import org.cxplanner.base.ui.TextLimit;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextField;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.ui.FieldErrors;
import org.cxplanner.base.ui.Notifications;
import com.vaadin.flow.component.combobox.ComboBox;
import org.cxplanner.catalog.BusinessFunction;
import org.cxplanner.catalog.CatalogEntry;
import org.cxplanner.users.Person;

import java.util.List;
import org.cxplanner.catalog.CatalogKind;
import org.cxplanner.catalog.CatalogService;

/** Creates or renames a journey stage or a function; a function also gets its lead, who is told about its RACI letters. */
class NameDialog extends Dialog {

    final TextField name = new TextField("Name");
    final ComboBox<Person> lead = new ComboBox<>("Lead");
    final Button save = new Button("Save");

    NameDialog(CatalogService catalog, CatalogKind kind, CatalogEntry existing, Runnable onSaved) {
        this(catalog, kind, existing, List.of(), onSaved);
    }

    NameDialog(CatalogService catalog, CatalogKind kind, CatalogEntry existing, List<Person> people, Runnable onSaved) {
        boolean function = kind == CatalogKind.FUNCTION;
        lead.setItems(people.stream().filter(Person::enabled).toList());
        lead.setItemLabelGenerator(Person::displayName);
        lead.setClearButtonVisible(true);
        lead.setWidthFull();
        lead.setHelperText("Told when this function becomes Accountable or Responsible for a touchpoint");
        if (existing instanceof BusinessFunction f && f.getLeadId() != null) {
            people.stream().filter(p -> p.id() == f.getLeadId()).findFirst().ifPresent(lead::setValue);
        }
        setHeaderTitle(existing == null ? "New " + kind.singular() : "Rename " + kind.singular());
        name.setWidthFull();
        name.setRequiredIndicatorVisible(true);
        name.setHelperText("Unique among " + kind.plural() + ", at most 120 characters");
        TextLimit.apply(name, 120);
        if (existing != null) {
            name.setValue(existing.getName());
        }
        name.addValueChangeListener(event -> {
            name.setInvalid(false);
            TextLimit.fits(name);
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        save.addClickListener(click -> {
            try {
                Long leadId = lead.getValue() == null ? null : lead.getValue().id();
                if (existing == null) {
                    if (kind == CatalogKind.STAGE) {
                        catalog.createStage(name.getValue());
                    } else {
                        BusinessFunction created = catalog.createFunction(name.getValue());
                        if (leadId != null) {
                            catalog.updateFunction(created.getId(), created.getVersion(), created.getName(), leadId);
                        }
                    }
                } else if (function) {
                    catalog.updateFunction(existing.getId(), existing.getVersion(), name.getValue(), leadId);
                } else {
                    catalog.rename(kind, existing.getId(), existing.getVersion(), name.getValue());
                }
                Notifications.success("Saved " + kind.singular() + " '" + name.getValue().strip() + "'.");
                close();
                onSaved.run();
            } catch (FieldProblem problem) {
                FieldErrors.show(problem, java.util.Map.of("name", name, "lead", lead));
            } catch (EditConflict conflict) {
                Notifications.error(conflict.getMessage());
                close();
                onSaved.run();
            }
        });
        add(name);
        if (function) {
            add(lead);
        }
        getFooter().add(new Button("Cancel", click -> close()), save);
        setWidth("min(28rem, 95vw)");
    }
}
