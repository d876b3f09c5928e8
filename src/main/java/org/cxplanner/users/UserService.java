package org.cxplanner.users;

import org.cxplanner.security.CurrentUser;

import jakarta.validation.Valid;
import org.cxplanner.base.EditConflict;
import org.cxplanner.base.FieldProblem;
import org.cxplanner.base.events.PlanEvents;
import org.cxplanner.history.ChangeEntry;
import org.cxplanner.history.ChangeHistory;
import org.cxplanner.history.HistoryArea;
import org.cxplanner.security.Roles;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import java.util.List;
import java.util.Set;

@Service
@Validated
public class UserService {

    /** Every committed change to a user is announced as this kind of plan event, with the user's id. */

    private final UserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final JdbcTemplate jdbc;
    private final ChangeHistory history;
    private final PlanEvents events;

    UserService(UserRepository users, PasswordEncoder passwordEncoder, JdbcTemplate jdbc, ChangeHistory history,
                PlanEvents events) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.jdbc = jdbc;
        this.history = history;
        this.events = events;
    }

    @PreAuthorize(Roles.ADMINISTRATOR)
    @Transactional(readOnly = true)
    public List<UserSummary> list(int offset, int limit) {
        int pageSize = Math.max(1, limit);
        return users.findAll(PageRequest.of(offset / pageSize, pageSize, Sort.by("username")))
                .map(UserSummary::of).getContent();
    }

    @PreAuthorize(Roles.ADMINISTRATOR)
    @Transactional(readOnly = true)
    public int count() {
        return (int) users.count();
    }

    @PreAuthorize(Roles.ADMINISTRATOR)
    @Transactional
    public UserSummary create(@Valid UserForm form) {
        String username = form.getUsername().trim();
        if (users.findByUsernameIgnoreCase(username).isPresent()) {
            throw new FieldProblem("username", "The username '" + username + "' is already taken.");
        }
        checkRoles(form.getRoles());
        PasswordRules.check("password", form.getPassword());
        String name = form.getDisplayName() == null || form.getDisplayName().isBlank() ? username : form.getDisplayName().trim();
        AppUser created;
        try {
            created = users.save(new AppUser(username, name, passwordEncoder.encode(form.getPassword()), form.getRoles()));
        } catch (DataIntegrityViolationException e) {
            throw new FieldProblem("username", "The username '" + username + "' is already taken.");
        }
        record(created, null, null, "Created with roles " + roleList(created.getRoleNames()));
        return UserSummary.of(created);
    }

    @PreAuthorize(Roles.ADMINISTRATOR)
    @Transactional
    public UserSummary updateRoles(long userId, int expectedVersion, Set<String> roles) {
        checkRoles(roles);
        lockAdministration();
        AppUser user = load(userId, expectedVersion);
        if (user.hasRole(Roles.ADMIN) && !roles.contains(Roles.ADMIN) && user.isEnabled()) {
            requireAnotherEnabledAdmin(user, "demoted");
        }
        String oldRoles = roleList(user.getRoleNames());
        user.setRoleNames(roles);
        UserSummary saved = save(user);
        record(user, "Roles", oldRoles, roleList(user.getRoleNames()));
        return saved;
    }

    @PreAuthorize(Roles.ADMINISTRATOR)
    @Transactional
    public UserSummary setEnabled(long userId, int expectedVersion, boolean enabled) {
        lockAdministration();
        AppUser user = load(userId, expectedVersion);
        if (!enabled && user.isEnabled() && user.hasRole(Roles.ADMIN)) {
            requireAnotherEnabledAdmin(user, "disabled");
        }
        boolean wasEnabled = user.isEnabled();
        user.setEnabled(enabled);
        UserSummary saved = save(user);
        record(user, "State", state(wasEnabled), state(enabled));
        return saved;
    }

    @PreAuthorize(Roles.ADMINISTRATOR)
    @Transactional
    public UserSummary resetPassword(long userId, String newPassword) {
        PasswordRules.check("password", newPassword);
        AppUser user = users.findById(userId).orElseThrow(() -> new EditConflict("This user no longer exists. Reload the list."));
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        UserSummary saved = save(user);
        record(user, null, null, "Password reset by an administrator");
        return saved;
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        AppUser user = currentUserEntity();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, user.getPasswordHash())) {
            throw new FieldProblem("currentPassword", "That is not your current password.");
        }
        PasswordRules.check("newPassword", newPassword);
        if (newPassword.equals(currentPassword)) {
            throw new FieldProblem("newPassword", "Choose a password different from the current one.");
        }
        user.setPasswordHash(passwordEncoder.encode(newPassword));
        save(user);
        record(user, null, null, "Changed their own password");
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public UserSummary currentUser() {
        return UserSummary.of(currentUserEntity());
    }

    /** Everyone, by name, for pickers and labels in every feature; disabled people stay nameable. */
    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public List<Person> people() {
        return jdbc.query("SELECT id, username, display_name, enabled FROM app_user ORDER BY lower(display_name), id",
                (rs, i) -> new Person(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)));
    }

    @PreAuthorize(Roles.SIGNED_IN)
    @Transactional(readOnly = true)
    public long countEnabledUsers() {
        return jdbc.queryForObject("SELECT count(*) FROM app_user WHERE enabled", Long.class);
    }

    private AppUser currentUserEntity() {
        String name = CurrentUser.name();
        return users.findByUsernameIgnoreCase(name).orElseThrow(() -> new AccessDeniedException("Unknown user"));
    }

    private AppUser load(long userId, int expectedVersion) {
        AppUser user = users.findById(userId).orElseThrow(() -> new EditConflict("This user no longer exists. Reload the list."));
        if (user.getVersion() != expectedVersion) {
            throw new EditConflict();
        }
        return user;
    }

    private UserSummary save(AppUser user) {
        try {
            return UserSummary.of(users.save(user));
        } catch (OptimisticLockingFailureException e) {
            throw new EditConflict();
        }
    }

    /** Never records a password or its hash: only that it changed. */
    private void record(AppUser user, String field, String oldValue, String newValue) {
        history.record(field == null
                ? ChangeEntry.event(HistoryArea.USERS, UserEvents.HISTORY_KIND, user.getId(), user.getUsername(), newValue)
                : ChangeEntry.changed(HistoryArea.USERS, UserEvents.HISTORY_KIND, user.getId(), user.getUsername(), field, oldValue, newValue));
        events.publish(UserEvents.USERS, user.getId());
    }

    private static String roleList(Set<String> roles) {
        return Roles.ALL.stream().filter(roles::contains).collect(java.util.stream.Collectors.joining(", "));
    }

    private static String state(boolean enabled) {
        return enabled ? "Enabled" : "Disabled";
    }

    private void checkRoles(Set<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new FieldProblem("roles", "Choose at least one role.");
        }
        if (!Roles.ALL.containsAll(roles)) {
            throw new FieldProblem("roles", "Unknown role: choose from " + String.join(", ", Roles.ALL) + ".");
        }
    }

    /** Two administrators demoting each other at once must not leave the installation without one. */
    private void lockAdministration() {
        jdbc.execute("SELECT pg_advisory_xact_lock(727001)");
    }

    private void requireAnotherEnabledAdmin(AppUser user, String action) {
        if (users.countEnabledAdmins() <= 1) {
            throw new FieldProblem("roles", user.getUsername() + " is the last enabled administrator and cannot be "
                    + action + ". Make another user an administrator first.");
        }
    }
}
