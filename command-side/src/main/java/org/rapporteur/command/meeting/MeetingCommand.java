package org.rapporteur.command.meeting;

/** A command to one meeting: which meeting, and optionally the last sequence number the client saw of it. */
public interface MeetingCommand {

    String meetingId();

    default Long expectedVersion() {
        return null;
    }
}
