package org.cxplanner.users.ui;

import org.cxplanner.users.UserEvents;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.cxplanner.base.events.PlanEvents;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.ui.Notifications;
import org.cxplanner.security.Roles;
import org.cxplanner.notifications.NotificationSettingsService;
import org.cxplanner.users.UserService;
import org.cxplanner.users.UserSummary;

import java.util.Set;
import java.util.stream.Collectors;

@Route("admin/users")
@PageTitle("Users · CX Partnership Planner")
@Menu(order = 90, icon = "vaadin:users", title = "Users")
@RolesAllowed(Roles.ADMIN)
public class UserAdminView extends VerticalLayout {

    private final UserService userService;
    final Grid<UserSummary> grid = new Grid<>(UserSummary.class, false);
    final Button create = new Button("New user", VaadinIcon.PLUS.create());
    final Button editRoles = new Button("Edit roles…");
    final Button toggleEnabled = new Button("Disable");
    final Button resetPassword = new Button("Reset password…");
    final Button contact = new Button("Contact…");
    /** Everyone's active API tokens, to revoke one (a leaver's, a leaked one). */
    final Button tokens = new Button("Access tokens…");

    UserAdminView(UserService userService, NotificationSettingsService contacts, PlanEvents events,
                  org.cxplanner.users.ApiTokens apiTokens) {
        this.userService = userService;
        addClassName("user-admin-view");
        setSizeFull();

        grid.addColumn(UserSummary::username).setHeader("Username").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(UserSummary::displayName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(user -> user.roles().stream().map(Roles::label).collect(Collectors.joining(", ")))
                .setHeader("Roles").setFlexGrow(2);
        grid.addColumn(LitRenderer.<UserSummary>of("<span class='state ${item.cls}'>${item.state}</span>")
                        .withProperty("state", u -> u.enabled() ? "Enabled" : "Disabled")
                        .withProperty("cls", u -> u.enabled() ? "state-on" : "state-off"))
                .setHeader("State").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> userService.list(query.getOffset(), query.getLimit()).stream(),
                query -> userService.count());
        grid.addSelectionListener(event -> updateButtons());
        grid.addItemDoubleClickListener(event -> openRoles(event.getItem()));

        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> new NewUserDialog(userService, this::created).open());
        editRoles.addClickListener(click -> selected(this::openRoles));
        toggleEnabled.addClickListener(click -> selected(this::toggle));
        resetPassword.addClickListener(click -> selected(user -> new ResetPasswordDialog(userService, user).open()));
        contact.addClickListener(click -> selected(user -> new ContactDialog(contacts, user).open()));
        tokens.addClickListener(click -> new AccessTokensDialog(apiTokens, true).open());
        updateButtons();

        Span hint = new Span("Select a user to change their roles, disable them, reset their password or set their e-mail address.");
        hint.addClassName("hint");
        HorizontalLayout toolbar = new HorizontalLayout(create, editRoles, toggleEnabled, resetPassword, contact, tokens);
        toolbar.setWrap(true);
        add(toolbar, hint, grid);
        setFlexGrow(1, grid);
        // Another administrator's changes (on any node) show at once, so nobody edits a stale row unknowingly.
        events.subscribeWhileAttached(this, Set.of(UserEvents.USERS), event -> reload());
    }

    private void selected(java.util.function.Consumer<UserSummary> action) {
        grid.getSelectedItems().stream().findFirst().ifPresent(action);
    }

    private void openRoles(UserSummary user) {
        new RolesDialog(userService, user, this::changed).open();
    }

    private void toggle(UserSummary user) {
        try {
            UserSummary updated = userService.setEnabled(user.id(), user.version(), !user.enabled());
            Notifications.success(updated.username() + (updated.enabled() ? " can sign in again." : " can no longer sign in."));
            changed(updated);
        } catch (FieldProblem | EditConflict e) {
            Notifications.error(e.getMessage());
            reload();
        }
    }

    private void created(UserSummary user) {
        Notifications.success("User " + user.username() + " created.");
        reload();
        grid.select(user);
    }

    private void changed(UserSummary user) {
        reload();
        grid.select(user);
    }

    private void reload() {
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
        updateButtons();
    }

    private void updateButtons() {
        var selection = grid.getSelectedItems().stream().findFirst();
        editRoles.setEnabled(selection.isPresent());
        resetPassword.setEnabled(selection.isPresent());
        contact.setEnabled(selection.isPresent());
        toggleEnabled.setEnabled(selection.isPresent());
        toggleEnabled.setText(selection.map(u -> u.enabled() ? "Disable" : "Enable").orElse("Disable"));
    }
}
