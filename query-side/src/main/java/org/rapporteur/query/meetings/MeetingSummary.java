package org.rapporteur.query.meetings;

import io.swagger.v3.oas.annotations.media.Schema;
import org.bson.Document;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.query.report.wording.Ordinals;

import java.time.LocalDate;

/** One line of the meeting directory. */
@Schema(name = "meeting-summary")
public record MeetingSummary(String id, String title, String convention, String venue,
                             LocalDate startsOn, LocalDate endsOn, String symbolPrefix) {

    static MeetingSummary of(String meetingId, MeetingConvened event) {
        return new MeetingSummary(meetingId,
                Ordinals.word(event.ordinal()) + " " + event.meetingKind(),
                body(event),
                event.venue().city(),
                event.startsOn(), event.endsOn(), event.symbolPrefix());
    }

    /** The convention the meeting is of, or the body its profile names (a panel or platform has no convention). */
    private static String body(MeetingConvened event) {
        if (event.convention() != null && event.convention().name() != null) {
            return event.convention().name();
        }
        try {
            return org.rapporteur.query.report.compose.ReportGenerator.defaultProfiles().byId(event.profile())
                    .flatMap(p -> p.body().name().in("en")).orElse(event.profile());
        } catch (org.rapporteur.profiles.ProfileException unreadable) {
            return event.profile();
        }
    }

    Document toDocument() {
        return new Document("_id", id).append("title", title).append("convention", convention).append("venue", venue)
                .append("startsOn", startsOn.toString()).append("endsOn", endsOn.toString())
                .append("symbolPrefix", symbolPrefix);
    }

    static MeetingSummary fromDocument(Document d) {
        return new MeetingSummary(d.getString("_id"), d.getString("title"), d.getString("convention"), d.getString("venue"),
                LocalDate.parse(d.getString("startsOn")), LocalDate.parse(d.getString("endsOn")), d.getString("symbolPrefix"));
    }
}
