package org.cxplanner.users.ui;

import com.github.mvysny.kaributesting.v10.GridKt;
import org.cxplanner.KaribuTest;
import org.cxplanner.users.ApiToken;
import org.cxplanner.users.ApiTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** Access tokens from the user menu: created and shown once, listed with their state, revoked; the administrator sees everyone's. */
class AccessTokensDialogTest extends KaribuTest {

    @Autowired
    private ApiTokens tokens;

    @Test
    void aTeamMemberCreatesATokenSeesItOnceAndRevokesIt() {
        loginAndOpen("marketer", "");
        new AccessTokensAction(tokens).run();
        AccessTokensDialog dialog = _get(AccessTokensDialog.class);
        assertThat(dialog.secret.isVisible()).isFalse();
        _click(dialog.create);
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).startsWith("Name the token");
        _setValue(dialog.name, "Agency send dates");
        _click(dialog.create);
        expectNotifications("Token created. Copy it now: the planner keeps only a fingerprint of it.");
        assertThat(dialog.secret.isVisible()).isTrue();
        assertThat(dialog.secret.getValue()).startsWith("cxp_");
        assertThat(GridKt._size(dialog.grid)).isOne();
        ApiToken created = GridKt._get(dialog.grid, 0);
        assertThat(created.readOnly()).as("read-only unless asked").isTrue();
        assertThat(GridKt._getFormattedRow(dialog.grid, 0)).contains("Agency send dates (" + created.prefix() + "…)", "Read-only", "Never");

        dialog.revoke(created);
        expectNotifications("Revoked: 'Agency send dates' no longer works.");
        assertThat(GridKt._getFormattedRow(dialog.grid, 0)).contains("Revoked");
        assertThat(tokens.check(dialog.secret.getValue())).isEmpty();
    }

    @Test
    void theAdministratorSeesAndRevokesEveryonesActiveTokens() {
        actAs("cx", "CX");
        tokens.create("BI weekly NPS", 30, false);
        loginAndOpen("admin", "admin/users");
        _click(_get(UserAdminView.class).tokens);
        AccessTokensDialog dialog = _get(AccessTokensDialog.class);
        assertThat(dialog.create.isAttached()).as("administrators revoke here; they create their own from their menu").isFalse();
        assertThat(String.join(" ", GridKt._getFormattedRow(dialog.grid, 0))).contains("Casey Experience: BI weekly NPS");
        dialog.revoke(GridKt._get(dialog.grid, 0));
        assertThat(GridKt._size(dialog.grid)).isZero();
    }
}
