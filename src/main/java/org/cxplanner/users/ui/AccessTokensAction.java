package org.cxplanner.users.ui;

import org.cxplanner.base.ui.UserMenuAction;
import org.cxplanner.users.ApiTokens;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

@Component
@Order(40)
class AccessTokensAction implements UserMenuAction {

    private final ApiTokens tokens;

    AccessTokensAction(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @Override
    public String label() {
        return "Access tokens…";
    }

    @Override
    public void run() {
        new AccessTokensDialog(tokens, false).open();
    }
}
