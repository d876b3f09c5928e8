package org.cxplanner.users.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.ui.FieldErrors;
import org.cxplanner.base.ui.Notifications;
import org.cxplanner.users.UserService;

import java.util.Map;

class ChangePasswordDialog extends Dialog {

    final PasswordField current = new PasswordField("Current password");
    final PasswordField newPassword = new PasswordField("New password");
    final PasswordField repeat = new PasswordField("New password again");
    final Button save = new Button("Change password");

    ChangePasswordDialog(UserService userService) {
        setHeaderTitle("Change your password");
        newPassword.setHelperText("At least 12 characters");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            repeat.setInvalid(false);
            if (!newPassword.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage("The two new passwords differ.");
                repeat.setInvalid(true);
                return;
            }
            try {
                userService.changeOwnPassword(current.getValue(), newPassword.getValue());
                Notifications.success("Your password has been changed.");
                close();
            } catch (FieldProblem problem) {
                FieldErrors.show(problem, Map.of("currentPassword", current, "newPassword", newPassword));
            }
        });
        FormLayout form = new FormLayout(current, newPassword, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);
        getFooter().add(new Button("Cancel", click -> close()), save);
        setWidth("min(26rem, 95vw)");
    }
}
