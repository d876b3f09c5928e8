package org.cxplanner.users;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.LinkedHashSet;
import java.util.Set;

/** What an administrator types to create a user. The same rules are checked in the form and in the service. */
public class UserForm {

    @NotBlank(message = "Enter a username.")
    @Pattern(regexp = "\\s*|\\S+", message = "A username cannot contain spaces.")
    @Size(max = 60, message = "Keep the username to 60 characters or fewer.")
    private String username = "";

    @Size(max = 120, message = "Keep the name to 120 characters or fewer.")
    private String displayName = "";

    @NotBlank(message = "Enter a password of at least " + PasswordRules.MIN_LENGTH + " characters.")
    @Size(min = PasswordRules.MIN_LENGTH, max = PasswordRules.MAX_LENGTH, message = PasswordRules.LENGTH_MESSAGE)
    private String password = "";

    @NotEmpty(message = "Choose at least one role.")
    private Set<String> roles = new LinkedHashSet<>();

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public Set<String> getRoles() {
        return roles;
    }

    public void setRoles(Set<String> roles) {
        this.roles = roles == null ? new LinkedHashSet<>() : new LinkedHashSet<>(roles);
    }
}
