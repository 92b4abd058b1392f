package org.rapporteur.query.projection;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.actuate.health.Status;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a parked meeting says so: every answer about the meeting carries a {@value #HEADER} header per projection that
 * stopped (which event, and why), and health lists the parked meetings under {@code projections} (status
 * {@code PARKED}; the application as a whole stays up).
 */
@Configuration(proxyBeanMethods = false)
public class IncompleteViews {

    public static final String HEADER = "Rapporteur-Incomplete";
    private static final Pattern MEETING = Pattern.compile("^/api/meetings/([^/]+)(/.*)?$");

    @Bean
    OncePerRequestFilter incompleteViewsHeader(ParkedMeetings parked) {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                Matcher matcher = MEETING.matcher(request.getRequestURI().substring(request.getContextPath().length()));
                if (matcher.matches()) {
                    for (ParkedMeetings.Parked p : parked.of(matcher.group(1))) {
                        response.addHeader(HEADER, ascii(p.describe()));
                    }
                }
                chain.doFilter(request, response);
            }
        };
    }

    @Bean
    HealthIndicator projectionsHealthIndicator(ParkedMeetings parked) {
        return () -> {
            List<ParkedMeetings.Parked> all = parked.all();
            if (all.isEmpty()) {
                return Health.up().withDetail("parked", 0).build();
            }
            return Health.status(new Status("PARKED", "some meetings' views are incomplete"))
                    .withDetail("parked", all.size())
                    .withDetail("meetings", all.stream().map(p -> p.meetingId() + ": " + p.describe()).toList())
                    .build();
        };
    }

    /** A header value keeps to printable ASCII. */
    static String ascii(String text) {
        StringBuilder value = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            value.append(c >= 0x20 && c < 0x7f ? c : '?');
        }
        return value.toString();
    }
}
