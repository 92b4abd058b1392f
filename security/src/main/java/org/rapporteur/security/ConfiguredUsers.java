package org.rapporteur.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/** The users from configuration, or — when none are configured — one initial secretariat user for this run only. */
final class ConfiguredUsers {

    private static final Logger LOG = LoggerFactory.getLogger(ConfiguredUsers.class);
    /**
     * The one-time password is 144 random bits: no cost makes guessing it harder than it is, and BCrypt's default
     * (10) cost a few hundred milliseconds of every start without users (docs/benchmarks.md, "serve").
     */
    static final int ONE_TIME_COST = 4;
    private static final Pattern BCRYPT = Pattern.compile("\\$2[aby]?\\$\\d\\d\\$[./A-Za-z0-9]{53}");

    private ConfiguredUsers() {
    }

    static InMemoryUserDetailsManager from(AccessProperties properties) {
        List<UserDetails> users = new ArrayList<>();
        for (AccessProperties.User user : properties.users()) {
            String hash = user.passwordHash().trim();
            if (!BCRYPT.matcher(hash).matches()) {
                throw new IllegalStateException("rapporteur.security.users: the password hash of '" + user.name()
                        + "' is not a BCrypt hash; make one with: java -jar standalone/target/rapporteur.jar hash-password");
            }
            if (user.roles().isEmpty()) {
                throw new IllegalStateException("rapporteur.security.users: '" + user.name()
                        + "' has no roles; give it SECRETARIAT or READER");
            }
            users.add(User.withUsername(user.name()).password(hash).authorities(authorities(user.roles())).build());
        }
        if (users.isEmpty()) {
            String password = oneTimePassword();
            users.add(User.withUsername(properties.initialUser()).password(new BCryptPasswordEncoder(ONE_TIME_COST).encode(password))
                    .authorities(authorities(List.of(Role.SECRETARIAT))).build());
            LOG.warn("""

                    ================================================================================
                    No users are configured (rapporteur.security.users). For this run only, sign in as
                        user:     {}
                        password: {}
                    This password is printed once and changes at every start. Configure users with
                    BCrypt hashes (java -jar standalone/target/rapporteur.jar hash-password); see README.
                    ================================================================================""",
                    properties.initialUser(), password);
        }
        return new InMemoryUserDetailsManager(users);
    }

    /** The secretariat may also read everything a reader may. */
    static String[] authorities(List<Role> roles) {
        List<String> authorities = new ArrayList<>();
        for (Role role : roles) {
            authorities.add("ROLE_" + role.name());
            if (role == Role.SECRETARIAT && !roles.contains(Role.READER)) {
                authorities.add("ROLE_" + Role.READER.name());
            }
        }
        return authorities.toArray(String[]::new);
    }

    private static String oneTimePassword() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
