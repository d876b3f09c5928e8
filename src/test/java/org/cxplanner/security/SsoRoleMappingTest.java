package org.cxplanner.security;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Groups in a sign-in's claims to the planner's roles, as deployments configure them (Keycloak, Entra, Google). */
class SsoRoleMappingTest {

    private static final Map<String, List<String>> MAPPING = new LinkedHashMap<>(Map.of(
            "CMO", List.of("marketing-leads"), "cco", List.of("CX-Leads"), "VIEWER", List.of("finance", "planner-readers"),
            "ADMIN", List.of("planner-admins")));

    @Test
    void aListClaimGivesEveryRoleOneOfItsGroupsMapsToIgnoringCase() {
        Set<String> groups = SsoRoleMapping.groups(Map.of("groups", List.of("all-staff", "Marketing-Leads", "cx-leads")), "groups");
        assertThat(SsoRoleMapping.roles(groups, MAPPING)).containsExactly("CMO", "CCO");
    }

    @Test
    void keycloaksRealmRolesAreReachedWithADottedPathAndATextClaimIsSplit() {
        Map<String, Object> keycloak = Map.of("realm_access", Map.of("roles", List.of("offline_access", "finance")));
        assertThat(SsoRoleMapping.roles(SsoRoleMapping.groups(keycloak, "realm_access.roles"), MAPPING)).containsExactly("VIEWER");
        assertThat(SsoRoleMapping.groups(Map.of("roles", "planner-admins, finance"), "roles")).containsExactly("planner-admins", "finance");
    }

    @Test
    void noClaimOrNoMappedGroupGivesNoRole() {
        assertThat(SsoRoleMapping.roles(SsoRoleMapping.groups(Map.of("email", "x@y.z"), "groups"), MAPPING)).isEmpty();
        assertThat(SsoRoleMapping.roles(Set.of("sales"), MAPPING)).isEmpty();
        assertThat(SsoRoleMapping.groups(Map.of("groups", 42), "groups")).isEmpty();
    }
}
