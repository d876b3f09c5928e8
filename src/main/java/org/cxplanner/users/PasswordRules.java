package org.cxplanner.users;

import org.cxplanner.base.FieldProblem;

public final class PasswordRules {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    public static final String LENGTH_MESSAGE = "Use at least 12 characters (and at most 128).";

    private PasswordRules() {
    }

    static void check(String field, String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw new FieldProblem(field, LENGTH_MESSAGE);
        }
    }
}
