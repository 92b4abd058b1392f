package org.rapporteur.security;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
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
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import jakarta.servlet.Filter;
import java.time.Clock;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;


/**
 * Sign-in and roles, the same on both sides: writing (any method but GET, HEAD, OPTIONS) needs SECRETARIAT;
 * reading needs READER unless {@code rapporteur.security.public-read}; health's status is public, its details and
 * the other actuator endpoints are for signed-in users. Sign-in failures are throttled ({@link SignInThrottle}) and
 * refusals are problem details ({@link ProblemAnswers}).
 * The web console signs in with a form (CSRF-protected); the REST API under {@code /api} takes HTTP Basic.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableConfigurationProperties({AccessProperties.class, SignInProperties.class})
@Import({ProblemsOpenApi.class, ServerRejections.class})
public class SecurityConfiguration {

    public static final String REALM = "Rapporteur";

    private static final RequestMatcher API = request -> path(request).startsWith("/api/");
    /** Where clients are programs: refused with a problem and a Basic challenge, never sent to the sign-in page. */
    private static final RequestMatcher MACHINES = request -> API.matches(request)
            || path(request).startsWith("/actuator/");

    /*
     * CSRF: an API request is exempt only when no ambient browser session can authenticate it: it brings HTTP Basic
     * credentials (which then authenticate it, whatever session it also carries; see ignoreSessionForBasic) or no
     * session cookie at all. Any other Authorization header authenticates nothing here, so it exempts nothing.
     * Everything else, the console's forms included, must carry the CSRF token.
     */
    private static final RequestMatcher API_WITHOUT_SESSION = request -> API.matches(request)
            && (isBasic(request) || request.getRequestedSessionId() == null);

    @Bean
    public PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    @Bean
    public UserDetailsService rapporteurUsers(AccessProperties properties) {
        return ConfiguredUsers.from(properties);
    }

    @Bean
    public SignInThrottle signInThrottle(SignInProperties properties, ObjectProvider<Clock> clock) {
        return new SignInThrottle(properties, clock.getIfAvailable(Clock::systemUTC));
    }

    /** 401, 403 and 429 of the security layer, and the firewall's rejections, as problem details. */
    @Bean
    public RequestRejectedHandler firewallRejections() {
        return new ProblemAnswers(REALM);
    }

    @Bean
    public SecurityFilterChain rapporteurSecurity(HttpSecurity http, AccessProperties properties,
                                                  ObjectProvider<SignInListener> signInListeners,
                                                  UserDetailsService users, PasswordEncoder encoder,
                                                  SignInThrottle throttle, SignInProperties signIn,
                                                  ObjectProvider<MeterRegistry> metrics,
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
            // metrics and the like are for signed-in users, even where anyone may read meetings
            requests.requestMatchers("/actuator/**").authenticated();
            if (properties.publicRead()) {
                requests.anyRequest().permitAll();
            } else {
                requests.anyRequest().hasRole(reader);
            }
        });
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        http.authenticationManager(new ProviderManager(new ThrottledSignIn(passwords, throttle,
                new VerifiedCredentials(signIn.rememberCredentials()), metrics.getIfAvailable(() -> Metrics.globalRegistry))));
        ProblemAnswers problems = new ProblemAnswers(REALM);
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
        http.httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint(problems));
        http.addFilterBefore(ignoreSessionForBasic(), BasicAuthenticationFilter.class);
        http.logout(logout -> logout.logoutSuccessUrl("/login?logout"));
        http.csrf(csrf -> csrf.ignoringRequestMatchers(API_WITHOUT_SESSION));
        // API clients are challenged for Basic credentials; people in a browser are sent to the sign-in page
        http.exceptionHandling(errors -> errors
                .accessDeniedHandler(problems)
                .defaultAuthenticationEntryPointFor(problems, MACHINES)
                .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"), AnyRequestMatcher.INSTANCE));
        return http.build();
    }

    /**
     * A request with Basic credentials is authenticated by them alone: a session it also carries is set aside for
     * it (and left as it was), so that the credentials are checked and the CSRF exemption holds only for them.
     */
    private static Filter ignoreSessionForBasic() {
        return (request, response, chain) -> {
            if (isBasic((HttpServletRequest) request)) {
                SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();
                holder.setContext(holder.createEmptyContext());
            }
            chain.doFilter(request, response);
        };
    }

    private static boolean isBasic(HttpServletRequest request) {
        String authorization = request.getHeader("Authorization");
        return authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6);
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
