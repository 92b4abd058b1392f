package org.rapporteur.command.meeting;

import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.SessionRef;
import org.rapporteur.facts.FactFields;
import org.rapporteur.text.Marks;

import java.util.Optional;

/**
 * Every mark in braces in adopted wording is one the report writes out ({@link Marks}), a session of the body named
 * by one of the body's kinds of session. The CCM's first marks for its sessions ({msp:N}, {rc:N}) are refused with
 * the mark to write instead; stored text keeps reading them.
 */
class PlaceholdersMustBeKnown implements MeetingRule {

    @Override
    public Optional<String> objection(MeetingState meeting, MeetingEvent action) {
        String[] objection = {null};
        FactFields.walk(action, (path, name, value) -> {
            if (objection[0] == null && value instanceof String text) {
                objection[0] = marks(meeting, path, text);
            }
        });
        return Optional.ofNullable(objection[0]);
    }

    private static String marks(MeetingState meeting, String path, String text) {
        for (Marks.Mark mark : Marks.in(text)) {
            String problem = problem(meeting, mark);
            if (problem != null) {
                return path + ": " + mark.written() + " " + problem;
            }
        }
        return null;
    }

    private static String problem(MeetingState meeting, Marks.Mark mark) {
        String name = mark.name();
        String argument = mark.argument();
        if (Marks.BARE.contains(name)) {
            return argument == null ? null : "takes nothing after its name: write {" + name + "}";
        }
        if (Marks.WITH_ARGUMENT.contains(name)) {
            return argument == null || argument.isBlank() ? "needs what it names after a colon, such as {" + name + ":...}" : null;
        }
        if (mark.isRetired()) {
            return "is no longer written: use " + mark.current().written();
        }
        if (mark.isSession()) {
            return session(meeting, name, argument);
        }
        return "is not a mark the report writes out (use " + Marks.ALL + ")";
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
