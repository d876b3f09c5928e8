package org.cxplanner.users;

import org.springframework.data.relational.core.mapping.Table;

@Table("user_role")
record UserRole(String role) {
}
