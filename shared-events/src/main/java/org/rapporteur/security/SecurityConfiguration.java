package org.rapporteur.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;


/**
 * Sign-in and roles, the same on both sides: writing (any method but GET, HEAD, OPTIONS) needs SECRETARIAT;
 * reading needs READER unless {@code rapporteur.security.public-read}; health is public.
 * The web console signs in with a form (CSRF-protected); the REST API under {@code /api} takes HTTP Basic.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties(AccessProperties.class)
public class SecurityConfiguration {

    public static final String REALM = "Rapporteur";

    private static final RequestMatcher API = request -> path(request).startsWith("/api/");

    /*
     * CSRF: an API request is exempt when it brings its own Authorization header or no session cookie at all,
     * i.e. when no ambient browser session authenticates it. A forged cross-site request can only ride on the
     * session cookie (which is also SameSite=Lax) or on cached Basic credentials, and the API takes only
     * application/json bodies, which a cross-site form cannot send without a CORS pre-flight (none is allowed).
     * Everything else, the console's forms included, must carry the CSRF token.
     */
    private static final RequestMatcher API_WITHOUT_SESSION = request -> API.matches(request)
            && (request.getHeader("Authorization") != null || request.getRequestedSessionId() == null);

    @Bean
    public PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    public UserDetailsService rapporteurUsers(AccessProperties properties, PasswordEncoder encoder) {
        return ConfiguredUsers.from(properties, encoder);
    }

    @Bean
    public SecurityFilterChain rapporteurSecurity(HttpSecurity http, AccessProperties properties,
                                                  ObjectProvider<SignInListener> signInListeners,
                                                  ObjectProvider<SignInPage> signInPage) throws Exception {
        if (!properties.enabled()) {
            return http.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                    .csrf(AbstractHttpConfigurer::disable)
                    .build();
        }
        String reader = Role.READER.name();
        String secretariat = Role.SECRETARIAT.name();
        http.authorizeHttpRequests(requests -> {
            requests.requestMatchers("/actuator/health", "/actuator/health/**", "/error",
                    "/webjars/**", "/console/assets/**").permitAll();
            requests.requestMatchers("/login", "/logout").permitAll();
            requests.requestMatchers(HttpMethod.GET, "/favicon.ico").permitAll();
            requests.requestMatchers(request -> isWrite(request)).hasRole(secretariat);
            if (properties.publicRead()) {
                requests.anyRequest().permitAll();
            } else {
                requests.anyRequest().hasRole(reader);
            }
        });
        SavedRequestAwareAuthenticationSuccessHandler sendOn = new SavedRequestAwareAuthenticationSuccessHandler();
        http.formLogin(form -> {
            if (signInPage.getIfAvailable() != null) {
                form.loginPage("/login");
            }
            form.successHandler((request, response, authentication) -> {
                signInListeners.orderedStream().forEach(listener -> listener.signedIn(request, authentication));
                sendOn.onAuthenticationSuccess(request, response, authentication);
            });
        });
        http.httpBasic(basic -> basic.realmName(REALM));
        http.logout(logout -> logout.logoutSuccessUrl("/login?logout"));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(API_WITHOUT_SESSION));
        // API clients are challenged for Basic credentials; people in a browser are sent to the sign-in page
        BasicAuthenticationEntryPoint basic = new BasicAuthenticationEntryPoint();
        basic.setRealmName(REALM);
        http.exceptionHandling(errors -> errors
                .defaultAuthenticationEntryPointFor(basic, API)
                .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), AnyRequestMatcher.INSTANCE));
        return http.build();
    }

    private static boolean isWrite(HttpServletRequest request) {
        String method = request.getMethod();
        return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
    }

    private static String path(HttpServletRequest request) {
        String uri = request.getRequestURI();
        String context = request.getContextPath();
        return context != null && uri.startsWith(context) ? uri.substring(context.length()) : uri;
    }
}
