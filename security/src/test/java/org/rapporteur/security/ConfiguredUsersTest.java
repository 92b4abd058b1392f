package org.rapporteur.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfiguredUsersTest {

    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(4);

    @Test
    void withNoUsersConfiguredAnInitialSecretariatUserIsMadeWithARandomPassword() {
        var users = ConfiguredUsers.from(new AccessProperties(null, null, null, null));
        var initial = users.loadUserByUsername("secretariat");
        assertThat(initial.getAuthorities()).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_SECRETARIAT", "ROLE_READER");
        assertThat(initial.getPassword()).startsWith("$2a$04$");
        var again = ConfiguredUsers.from(new AccessProperties(null, null, null, null));
        assertThat(again.loadUserByUsername("secretariat").getPassword()).isNotEqualTo(initial.getPassword());
    }

    @Test
    void configuredUsersNeedABcryptHashAndARole() {
        String hash = encoder.encode("a-long-enough-password");
        var users = ConfiguredUsers.from(new AccessProperties(true, false,
                List.of(new AccessProperties.User("rapporteur", hash, List.of(Role.READER)),
                        new AccessProperties.User("", "", null)), null));
        assertThat(users.userExists("rapporteur")).isTrue();
        assertThat(users.userExists("secretariat")).as("no initial user when users are configured").isFalse();

        assertThatThrownBy(() -> ConfiguredUsers.from(new AccessProperties(true, false,
                List.of(new AccessProperties.User("plain", "secret", List.of(Role.READER))), null)))
                .hasMessageContaining("not a BCrypt hash");
        assertThatThrownBy(() -> ConfiguredUsers.from(new AccessProperties(true, false,
                List.of(new AccessProperties.User("nobody", hash, List.of())), null)))
                .hasMessageContaining("no roles");
    }
}
