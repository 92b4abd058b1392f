package org.rapporteur.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Refusals by the security layer as RFC 9457 problem details ({@code application/problem+json}): 401 with a Basic
 * challenge, 429 while sign-in must wait, 403, and 400 for requests the firewall rejects. Details say what to do,
 * never what went wrong inside.
 */
final class ProblemAnswers implements AuthenticationEntryPoint, AccessDeniedHandler, RequestRejectedHandler {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final Logger LOG = LoggerFactory.getLogger(ProblemAnswers.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String realm;

    ProblemAnswers(String realm) {
        this.realm = realm;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
            throws IOException {
        if (refusal instanceof SignInThrottledException throttled) {
            response.setHeader("Retry-After", Long.toString(throttled.retryAfterSeconds()));
            write(request, response, HttpStatus.TOO_MANY_REQUESTS, "Too many failed sign-ins for this user or from "
                    + "this address; try again in " + throttled.retryAfterSeconds() + " s");
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + realm + "\"");
        write(request, response, HttpStatus.UNAUTHORIZED,
                "Sign in: this API takes HTTP Basic credentials of a configured user");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(request, response, HttpStatus.FORBIDDEN, denied instanceof CsrfException
                ? "The request has no valid CSRF token: a form must carry the one its page gave, and an API client "
                + "signed in by a session must send it in the X-CSRF-TOKEN header, or sign in with HTTP Basic instead"
                : "Your user's roles do not allow this: recording needs the SECRETARIAT role, reading READER");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, RequestRejectedException rejected)
            throws IOException {
        LOG.info("Request refused by the firewall: {}", rejected.getMessage());
        write(request, response, HttpStatus.BAD_REQUEST, "The request's address or headers are not accepted "
                + "(such as encoded slashes, dots or semicolons in the path, or control characters in a header)");
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                              String detail) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        String path = request.getRequestURI();
        if (status != HttpStatus.BAD_REQUEST && path != null) {
            problem.put("instance", path);
        }
        response.setStatus(status.value());
        response.setContentType(PROBLEM_JSON);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
