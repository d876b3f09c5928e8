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
import org.cxplanner.catalog.CatalogEntry;
import org.cxplanner.catalog.CatalogKind;
import org.cxplanner.catalog.CatalogService;

/** Creates or renames a journey stage or a function. */
class NameDialog extends Dialog {

    final TextField name = new TextField("Name");
    final Button save = new Button("Save");

    NameDialog(CatalogService catalog, CatalogKind kind, CatalogEntry existing, Runnable onSaved) {
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
                if (existing == null) {
                    if (kind == CatalogKind.STAGE) {
                        catalog.createStage(name.getValue());
                    } else {
                        catalog.createFunction(name.getValue());
                    }
                } else {
                    catalog.rename(kind, existing.getId(), existing.getVersion(), name.getValue());
                }
                Notifications.success("Saved " + kind.singular() + " '" + name.getValue().strip() + "'.");
                close();
                onSaved.run();
            } catch (FieldProblem problem) {
                FieldErrors.show(problem, java.util.Map.of("name", name));
            } catch (EditConflict conflict) {
                Notifications.error(conflict.getMessage());
                close();
                onSaved.run();
            }
        });
        add(name);
        getFooter().add(new Button("Cancel", click -> close()), save);
        setWidth("min(28rem, 95vw)");
    }
}
