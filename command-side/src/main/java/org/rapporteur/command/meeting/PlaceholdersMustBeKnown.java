package org.rapporteur.command.meeting;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.rapporteur.events.EventJson;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.SessionRef;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every mark in braces in adopted wording is one the report writes out: {states}, {convention}, {plan}, {state:XXX},
 * {short:XXX}, {fn:N}, {title:SYMBOL}, {org:KEY}, {date:YYYY-MM-DD}, and a session of the body as {session:N} or
 * {session:KIND:N} with KIND one of the body's other sessions ({Session:...} in full). The CCM's first marks for its
 * sessions ({msp:N}, {rc:N}) are refused with the mark to write instead; stored text keeps reading them.
 */
class PlaceholdersMustBeKnown implements MeetingRule {

    private static final Pattern MARK = Pattern.compile("\\{([A-Za-z]+)(?::([^{}]*))?}");
    private static final Set<String> BARE = Set.of("states", "convention", "plan");
    private static final Set<String> WITH_ARGUMENT = Set.of("state", "short", "fn", "title", "org", "date");
    private static final Map<String, String> RETIRED = Map.of("msp", "session", "MSP", "Session", "rc", "session",
            "RC", "Session");
    private static final ObjectMapper JSON = EventJson.mapper();

    @Override
    public Optional<String> objection(MeetingState meeting, MeetingEvent action) {
        ArrayDeque<Map.Entry<String, JsonNode>> open = new ArrayDeque<>();
        open.push(Map.entry("", JSON.valueToTree(action)));
        while (!open.isEmpty()) {
            Map.Entry<String, JsonNode> at = open.pop();
            JsonNode node = at.getValue();
            if (node.isTextual() && node.asText().indexOf('{') >= 0) {
                Optional<String> objection = marks(meeting, at.getKey(), node.asText());
                if (objection.isPresent()) {
                    return objection;
                }
            } else if (node.isObject()) {
                for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    open.push(Map.entry(at.getKey().isEmpty() ? field.getKey() : at.getKey() + "." + field.getKey(), field.getValue()));
                }
            } else if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    open.push(Map.entry(at.getKey() + "[" + i + "]", node.get(i)));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> marks(MeetingState meeting, String path, String text) {
        Matcher mark = MARK.matcher(text);
        while (mark.find()) {
            String name = mark.group(1);
            String argument = mark.group(2);
            String problem = problem(meeting, name, argument);
            if (problem != null) {
                return Optional.of(path + ": " + mark.group() + " " + problem);
            }
        }
        return Optional.empty();
    }

    private static String problem(MeetingState meeting, String name, String argument) {
        if (BARE.contains(name)) {
            return argument == null ? null : "takes nothing after its name: write {" + name + "}";
        }
        if (WITH_ARGUMENT.contains(name)) {
            return argument == null || argument.isBlank() ? "needs what it names after a colon, such as {" + name + ":...}" : null;
        }
        if (RETIRED.containsKey(name)) {
            String kind = name.equalsIgnoreCase("rc") ? "review-conference:" : "";
            return "is no longer written: use {" + RETIRED.get(name) + ":" + kind + (argument == null ? "N" : argument) + "}";
        }
        if (name.equals("session") || name.equals("Session")) {
            return session(meeting, name, argument);
        }
        return "is not a mark the report writes out (use {states}, {convention}, {plan}, {state:XXX}, {short:XXX},"
                + " {fn:N}, {title:SYMBOL}, {org:KEY}, {date:YYYY-MM-DD}, {session:N} or {session:KIND:N})";
    }

    private static String session(MeetingState meeting, String name, String argument) {
        String[] parts = argument == null ? new String[0] : argument.split(":", -1);
        if (parts.length < 1 || parts.length > 2 || !parts[parts.length - 1].trim().matches("[1-9][0-9]*")) {
            return "names a session by its number: {" + name + ":N}, or {" + name + ":KIND:N} for another kind of session";
        }
        String kind = parts.length == 1 ? SessionRef.REGULAR : parts[0].trim();
        BodyFacts body = meeting.body();
        if (body == null) {
            return "names a session, but the body profile " + meeting.profile() + " is not known";
        }
        return body.sessionKinds().contains(kind) ? null
                : "names " + BodyParts.unknown("a kind of session of " + body.profile(), kind, body.sessionKinds());
    }
}
