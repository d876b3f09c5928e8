package org.cxplanner.users.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.ui.FieldErrors;
import org.cxplanner.base.ui.Notifications;
import org.cxplanner.security.Roles;
import org.cxplanner.users.UserService;
import org.cxplanner.users.UserSummary;

import java.util.Map;
import java.util.function.Consumer;

class RolesDialog extends Dialog {

    final CheckboxGroup<String> roles = new CheckboxGroup<>("Roles");
    final Button save = new Button("Save roles");

    RolesDialog(UserService userService, UserSummary user, Consumer<UserSummary> onSaved) {
        setHeaderTitle("Roles of " + user.displayName() + " (" + user.username() + ")");
        roles.setItems(Roles.ALL);
        roles.setItemLabelGenerator(Roles::label);
        roles.setValue(user.roles());
        roles.addValueChangeListener(event -> roles.setInvalid(false));

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                UserSummary saved = userService.updateRoles(user.id(), user.version(), roles.getValue());
                Notifications.success("Roles of " + saved.username() + " saved.");
                close();
                onSaved.accept(saved);
            } catch (FieldProblem problem) {
                FieldErrors.show(problem, Map.of("roles", roles));
            } catch (EditConflict conflict) {
                Notifications.error(conflict.getMessage());
                close();
                onSaved.accept(user);
            }
        });
        getFooter().add(new Button("Cancel", click -> close()), save);
        add(roles);
        setWidth("min(32rem, 95vw)");
    }
}
