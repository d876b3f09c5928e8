package org.cxplanner.users.ui;

import org.cxplanner.base.ui.UserMenuAction;
import org.cxplanner.users.UserService;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

@Component
@Order(10)
class ChangePasswordAction implements UserMenuAction {

    private final UserService userService;

    ChangePasswordAction(UserService userService) {
        this.userService = userService;
    }

    @Override
    public String label() {
        return "Change password…";
    }

    @Override
    public void run() {
        new ChangePasswordDialog(userService).open();
    }
}
