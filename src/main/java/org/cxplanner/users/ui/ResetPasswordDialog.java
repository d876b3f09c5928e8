package org.cxplanner.users.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.ui.FieldErrors;
import org.cxplanner.base.ui.Notifications;
import org.cxplanner.users.UserService;
import org.cxplanner.users.UserSummary;

import java.util.Map;

class ResetPasswordDialog extends Dialog {

    final PasswordField password = new PasswordField("New password");
    final Button save = new Button("Reset password");

    ResetPasswordDialog(UserService userService, UserSummary user) {
        setHeaderTitle("Reset the password of " + user.username());
        password.setHelperText("At least 12 characters. Tell the user, who can change it afterwards.");
        password.setWidthFull();
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            try {
                userService.resetPassword(user.id(), password.getValue());
                Notifications.success("Password of " + user.username() + " reset.");
                close();
            } catch (FieldProblem problem) {
                FieldErrors.show(problem, Map.of("password", password));
            } catch (EditConflict conflict) {
                Notifications.error(conflict.getMessage());
                close();
            }
        });
        add(password);
        getFooter().add(new Button("Cancel", click -> close()), save);
        setWidth("min(30rem, 95vw)");
    }
}
