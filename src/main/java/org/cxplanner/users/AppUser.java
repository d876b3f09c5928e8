package org.cxplanner.users;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** A person who signs in, with the roles they hold. */
@Table("app_user")
public class AppUser {

    @Id
    private Long id;
    @Version
    private Integer version;
    private String username;
    private String displayName;
    private String passwordHash;
    private boolean enabled = true;
    private Instant createdAt;
    private Instant updatedAt;
    @MappedCollection(idColumn = "user_id")
    private Set<UserRole> roles = new LinkedHashSet<>();

    protected AppUser() {
    }

    AppUser(String username, String displayName, String passwordHash, Set<String> roles) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.createdAt = Instant.now();
        this.updatedAt = createdAt;
        setRoleNames(roles);
    }

    public Long getId() {
        return id;
    }

    public Integer getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<String> getRoleNames() {
        return roles.stream().map(UserRole::role).collect(Collectors.toCollection(TreeSet::new));
    }

    public boolean hasRole(String role) {
        return roles.stream().anyMatch(r -> r.role().equals(role));
    }

    void setDisplayName(String displayName) {
        this.displayName = displayName;
        touch();
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
        touch();
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
        touch();
    }

    void setRoleNames(Set<String> roleNames) {
        this.roles = roleNames.stream().map(UserRole::new).collect(Collectors.toCollection(LinkedHashSet::new));
        touch();
    }

    private void touch() {
        this.updatedAt = Instant.now();
    }
}
