package org.rapporteur.command.http;

import org.rapporteur.facts.InvalidFactsException;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.rapporteur.command.meeting.LoggingMetadata;

import java.security.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What HTTP says about who logs a command, under which command id and against which version of the meeting. */
public final class Logging {

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String LOGGED_BY = "X-Logged-By";
    public static final String ANONYMOUS = "anonymous";

    private static final Pattern ENTITY_TAG = Pattern.compile("(?:W/)?\"?(\\d{1,18})\"?");

    private Logging() {
    }

    /** The signed-in user, else the {@code X-Logged-By} header, else anonymous. */
    public static String loggedBy(Principal principal, String header) {
        if (principal != null && principal.getName() != null && !principal.getName().isBlank()) {
            return principal.getName();
        }
        return header != null && !header.isBlank() ? header.trim() : ANONYMOUS;
    }

    /** The meeting version in an {@code If-Match} header: absent or {@code *} is none. */
    public static Long expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank() || ifMatch.trim().equals("*")) {
            return null;
        }
        Matcher matcher = ENTITY_TAG.matcher(ifMatch.trim());
        if (!matcher.matches()) {
            throw new InvalidFactsException(List.of(new InvalidFactsException.FieldError("If-Match",
                    "the ETag of the meeting's last write, such as \"12\"")));
        }
        return Long.parseLong(matcher.group(1));
    }

    public static String entityTag(long sequence) {
        return "\"" + sequence + "\"";
    }

    /** The command with who logged it and its command id as metadata, which its events keep. */
    public static CommandMessage<?> command(Object payload, String loggedBy, String commandId) {
        Map<String, Object> metaData = new HashMap<>();
        metaData.put(LoggingMetadata.LOGGED_BY, loggedBy);
        if (commandId != null) {
            metaData.put(LoggingMetadata.COMMAND_ID, commandId);
        }
        return GenericCommandMessage.asCommandMessage(payload).andMetaData(metaData);
    }
}
