package org.cxplanner.users.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.ReadableDates;
import org.cxplanner.base.ui.FieldErrors;
import org.cxplanner.base.ui.Notifications;
import org.cxplanner.base.ui.TextLimit;
import org.cxplanner.users.ApiToken;
import org.cxplanner.users.ApiTokens;
import org.springframework.security.access.AccessDeniedException;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Personal access tokens for the REST API: create one (shown once, to copy now), see each with its last use, revoke
 * it. For administrators the same list holds everyone's active tokens.
 */
class AccessTokensDialog extends Dialog {

    final TextField name = new TextField("Name");
    final IntegerField days = new IntegerField("Valid for (days)");
    final Checkbox readOnly = new Checkbox("Read-only (cannot change the plan)", true);
    final Button create = new Button("Create token");
    /** The new token, shown once. */
    final TextField secret = new TextField("Your new token — copy it now, it is not shown again");
    final Grid<ApiToken> grid = new Grid<>();
    private final ApiTokens tokens;
    private final Supplier<List<ApiToken>> list;

    AccessTokensDialog(ApiTokens tokens, boolean everyones) {
        this.tokens = tokens;
        this.list = everyones ? tokens::everyones : tokens::mine;
        setHeaderTitle(everyones ? "Everyone's active access tokens" : "Access tokens for the API");
        grid.addColumn(t -> (everyones ? t.ownerName() + ": " : "") + t.name() + " (" + t.prefix() + "…)").setHeader("Token").setFlexGrow(2);
        grid.addColumn(t -> t.readOnly() ? "Read-only" : "Read-write").setHeader("May").setAutoWidth(true);
        grid.addColumn(t -> t.state(Instant.now()) + (t.active(Instant.now()) ? " until " + day(t.expiresAt()) : ""))
                .setHeader("State").setAutoWidth(true);
        grid.addColumn(t -> t.lastUsedAt() == null ? "Never" : day(t.lastUsedAt())).setHeader("Last used").setAutoWidth(true);
        grid.addColumn(LitRenderer.<ApiToken>of("<vaadin-button theme='small tertiary error' ?hidden=${!item.active} "
                        + "aria-label='Revoke ${item.name}' @click=${revoke}>Revoke</vaadin-button>")
                .withProperty("active", t -> t.active(Instant.now()))
                .withProperty("name", ApiToken::name)
                .withFunction("revoke", this::revoke)).setHeader("").setAutoWidth(true);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(everyones ? "Nobody has an active token." : "No tokens yet.");
        add(new Paragraph("A token lets a script or another tool use the planner's API as you, with your role at the time "
                + "of each call: send it as \"Authorization: Bearer …\". The API is described at /api/v1/openapi.json."));
        if (!everyones) {
            TextLimit.apply(name, 80);
            name.setPlaceholder("e.g. BI weekly NPS");
            days.setMin(1);
            days.setMax(366);
            days.setValue(90);
            days.setStepButtonsVisible(true);
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.addClickListener(click -> create());
            secret.setReadOnly(true);
            secret.setWidthFull();
            secret.setVisible(false);
            FormLayout form = new FormLayout(name, days, readOnly, create);
            form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
            add(new H3("New token"), form, secret, new H3("Your tokens"));
        }
        add(grid);
        getFooter().add(new Button("Close", click -> close()));
        setWidth("min(48rem, 95vw)");
        refresh();
    }

    private void create() {
        try {
            ApiTokens.Created created = tokens.create(name.getValue(), days.getValue() == null ? 0 : days.getValue(), readOnly.getValue());
            secret.setValue(created.secret());
            secret.setVisible(true);
            secret.focus();
            name.clear();
            Notifications.success("Token created. Copy it now: the planner keeps only a fingerprint of it.");
            refresh();
        } catch (FieldProblem problem) {
            FieldErrors.show(problem, Map.of("name", name, "days", days));
        }
    }

    void revoke(ApiToken token) {
        try {
            tokens.revoke(token.id());
            Notifications.success("Revoked: '" + token.name() + "' no longer works.");
        } catch (EditConflict | AccessDeniedException e) {
            Notifications.error(e.getMessage());
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(list.get());
    }

    private static String day(Instant instant) {
        return ReadableDates.of(instant.atZone(ZoneId.systemDefault()).toLocalDate());
    }
}
