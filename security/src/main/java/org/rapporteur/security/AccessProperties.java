package org.rapporteur.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;

/**
 * Who may sign in and what they may do.
 *
 * @param enabled    false turns sign-in and roles off entirely (for tests of other concerns only)
 * @param publicRead true lets anyone read meetings, views and reports without signing in
 * @param users      the users, each with a BCrypt hash of their password and their roles; entries without a
 *                   name or hash are ignored. None at all: a one-time initial SECRETARIAT user is made at start-up.
 * @param initialUser the name of that one-time user
 */
@ConfigurationProperties("rapporteur.security")
public record AccessProperties(Boolean enabled, Boolean publicRead, List<User> users, String initialUser) {

    public AccessProperties {
        enabled = enabled == null || enabled;
        publicRead = publicRead != null && publicRead;
        users = users == null ? List.of() : users.stream().filter(User::configured).toList();
        initialUser = initialUser == null || initialUser.isBlank() ? "secretariat" : initialUser;
    }

    public record User(String name, String passwordHash, List<Role> roles) {

        public User {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }

        boolean configured() {
            return name != null && !name.isBlank() && passwordHash != null && !passwordHash.isBlank();
        }
    }
}
