package org.cxplanner.base.ui;

/** An entry of the signed-in user's menu in the shell, contributed by a feature (e.g. change password). */
public interface UserMenuAction {

    String label();

    void run();
}
