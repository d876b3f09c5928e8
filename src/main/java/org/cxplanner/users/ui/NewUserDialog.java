package org.cxplanner.users.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.ui.FieldErrors;
import org.cxplanner.security.Roles;
import org.cxplanner.users.UserForm;
import org.cxplanner.users.UserService;
import org.cxplanner.users.UserSummary;

import java.util.Map;
import java.util.function.Consumer;

class NewUserDialog extends Dialog {

    final TextField username = new TextField("Username");
    final TextField displayName = new TextField("Name");
    final PasswordField password = new PasswordField("Password");
    final CheckboxGroup<String> roles = new CheckboxGroup<>("Roles");
    final Button save = new Button("Create user");
    private final BeanValidationBinder<UserForm> binder = new BeanValidationBinder<>(UserForm.class);

    NewUserDialog(UserService userService, Consumer<UserSummary> onCreated) {
        setHeaderTitle("New user");
        username.setRequiredIndicatorVisible(true);
        displayName.setHelperText("Shown in the app; the username if left empty");
        password.setHelperText("At least 12 characters");
        roles.setItems(Roles.ALL);
        roles.setItemLabelGenerator(Roles::label);

        binder.forField(username).bind("username");
        binder.forField(displayName).bind("displayName");
        binder.forField(password).bind("password");
        binder.forField(roles).bind("roles");
        UserForm form = new UserForm();
        binder.setBean(form);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                UserSummary created = userService.create(form);
                close();
                onCreated.accept(created);
            } catch (FieldProblem problem) {
                FieldErrors.show(problem, Map.of("username", username, "password", password, "roles", roles));
            }
        });
        Button cancel = new Button("Cancel", click -> close());

        FormLayout layout = new FormLayout(username, displayName, password, roles);
        layout.setColspan(roles, 2);
        add(layout);
        getFooter().add(cancel, save);
        setWidth("min(40rem, 95vw)");
    }
}
