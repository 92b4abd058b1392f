package org.rapporteur.query.console;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.rapporteur.events.EventJson;
import org.rapporteur.events.catalogue.Actions;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.corrections.ActionCorrected;
import org.rapporteur.events.corrections.CorrectedKind;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.security.SignInListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The console on the query side records through the command side's REST API, as the signed-in user:
 * their Basic credentials are forwarded, so the command side checks the same roles and logs the same name.
 * A user who signed in with the form has those credentials kept in their (server-side) session for this.
 */
@Component
@ConditionalOnExpression("!'${rapporteur.console.command-side-url:}'.isBlank()")
public class HttpConsoleCommands implements ConsoleCommands, SignInListener {

    static final String CREDENTIALS = HttpConsoleCommands.class.getName() + ".credentials";

    private final URI commandSide;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = EventJson.mapper();

    HttpConsoleCommands(@Value("${rapporteur.console.command-side-url}") String commandSideUrl) {
        this.commandSide = URI.create(commandSideUrl.endsWith("/") ? commandSideUrl : commandSideUrl + "/");
    }

    @Override
    public void signedIn(HttpServletRequest request, Authentication authentication) {
        String password = request.getParameter("password");
        if (password != null) {
            request.getSession().setAttribute(CREDENTIALS, basic(authentication.getName(), password));
        }
    }

    @Override
    public void convene(String meetingId, String commandId, MeetingConvened facts) {
        ObjectNode body = json.valueToTree(facts);
        body.put("id", meetingId);
        post("api/meetings", commandId, body);
    }

    @Override
    public void record(String meetingId, String commandId, MeetingEvent action) {
        // {"kind": ..., "facts": {...}}: facts may have a field called kind themselves (a document's kind)
        ObjectNode body = json.createObjectNode();
        body.put("kind", Actions.name(action.getClass()));
        ObjectNode facts = json.valueToTree(action);
        body.set("facts", facts);
        if (action instanceof ActionCorrected correction && facts.get("corrected") instanceof ObjectNode corrected) {
            // the API names the corrected facts' kind like any action's
            corrected.remove(CorrectedKind.FIELD);
            ObjectNode named = json.createObjectNode();
            named.put("kind", Actions.name(correction.corrected().getClass()));
            named.set("facts", corrected);
            facts.set("corrected", named);
        }
        post("api/meetings/" + meetingId + "/" + family(action.getClass()), commandId, body);
    }

    /** The command side takes each family of actions at the path the catalogue names it by. */
    public static String family(Class<? extends MeetingEvent> kind) {
        return Actions.family(kind).orElseThrow(() -> new IllegalArgumentException(kind + " is not a kind of action"))
                .name();
    }

    private void post(String path, String commandId, JsonNode body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(commandSide.resolve(path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", commandId)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        String credentials = credentials();
        if (credentials != null) {
            request.header("Authorization", credentials);
        }
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new Rejected("the command side at " + commandSide + " cannot be reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Rejected("interrupted while recording");
        }
        int status = response.statusCode();
        if (status / 100 == 2) {
            return;
        }
        if (status == 401 || status == 403) {
            throw new Rejected("the command side refused to record for you (" + status + "); sign in again");
        }
        throw problem(response.body(), status);
    }

    private Rejected problem(String body, int status) {
        try {
            JsonNode problem = json.readTree(body);
            List<FieldProblem> fields = new ArrayList<>();
            problem.path("errors").forEach(e -> fields.add(new FieldProblem(e.path("field").asText(), e.path("message").asText())));
            String detail = problem.path("detail").asText("the command side answered " + status);
            return new Rejected(fields.isEmpty() ? detail : null, fields);
        } catch (IOException | RuntimeException e) {
            return new Rejected("the command side answered " + status);
        }
    }

    private static String credentials() {
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return null;
        }
        HttpServletRequest request = attributes.getRequest();
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.startsWith("Basic ")) {
            return authorization;
        }
        HttpSession session = request.getSession(false);
        return session == null ? null : (String) session.getAttribute(CREDENTIALS);
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
