package org.rapporteur.query.http;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rapporteur.query.agenda.AgendaStatus;
import org.rapporteur.query.coordinators.Coordinators;
import org.rapporteur.query.decisions.DecisionRegister;
import org.rapporteur.query.documents.DocumentRegister;
import org.rapporteur.query.history.AsOf;
import org.rapporteur.query.history.BadQueryException;
import org.rapporteur.query.officers.Officers;
import org.rapporteur.query.participants.Participation;
import org.rapporteur.query.projection.MeetingView;
import org.rapporteur.query.projection.MeetingViews;
import org.rapporteur.query.timeline.Timeline;
import org.rapporteur.query.timeline.TimelineEntry;
import org.rapporteur.query.timeline.TimelineFilter;
import org.rapporteur.query.timeline.TimelineOrder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Locale;

@RestController
@RequestMapping("/api/meetings/{meetingId}")
@Tag(name = "meeting views", description = "The state of a meeting: live, or as it stood at any point (asOf)")
class MeetingViewsController {

    private final MeetingViews views;

    MeetingViewsController(MeetingViews views) {
        this.views = views;
    }

    @GetMapping("/agenda")
    @Operation(summary = "Agenda status", description = "Every agenda item: pending, taken up (in which plenary, on which date), "
            + "concluded or deferred, with the documents and decisions under it.")
    AgendaStatus agenda(@PathVariable String meetingId,
                        @RequestParam(required = false) @Parameter(description = AsOf.DESCRIPTION) String asOf) {
        return views.view(meetingId, MeetingView.AGENDA, AgendaStatus.class, AsOf.parse(asOf));
    }

    @GetMapping("/officers")
    @Operation(summary = "Officers", description = "President, Vice-Presidents, Secretary-General, Secretary of the meeting, "
            + "President of the next meeting, other members of the secretariat.")
    Officers officers(@PathVariable String meetingId,
                      @RequestParam(required = false) @Parameter(description = AsOf.DESCRIPTION) String asOf) {
        return views.view(meetingId, MeetingView.OFFICERS, Officers.class, AsOf.parse(asOf));
    }

    @GetMapping("/participants")
    @Operation(summary = "Participation", description = "Members and observers by the participation categories of the body's profile "
            + "(and the rule each attends under), with counts.")
    Participation participants(@PathVariable String meetingId,
                               @RequestParam(required = false) @Parameter(description = AsOf.DESCRIPTION) String asOf) {
        return views.view(meetingId, MeetingView.PARTICIPANTS, Participation.class, AsOf.parse(asOf));
    }

    @GetMapping("/documents")
    @Operation(summary = "Documents register", description = "Every document submitted, in order; withdrawn documents are marked.")
    DocumentRegister documents(@PathVariable String meetingId,
                               @RequestParam(required = false) @Parameter(description = AsOf.DESCRIPTION) String asOf) {
        return views.view(meetingId, MeetingView.DOCUMENTS, DocumentRegister.class, AsOf.parse(asOf));
    }

    @GetMapping("/decisions")
    @Operation(summary = "Decisions register", description = "Decisions and recommendations in the order taken, corrections applied.")
    DecisionRegister decisions(@PathVariable String meetingId,
                               @RequestParam(required = false) @Parameter(description = "kind of action, such as extension-request-granted") String kind,
                               @RequestParam(required = false) @Parameter(description = "agenda item number, such as 10(a)") String agendaItem,
                               @RequestParam(required = false) @Parameter(description = "State named, ISO 3166 alpha-3 (CHE)") String state,
                               @RequestParam(required = false) @Parameter(description = AsOf.DESCRIPTION) String asOf) {
        return views.view(meetingId, MeetingView.DECISIONS, DecisionRegister.class, AsOf.parse(asOf))
                .filter(kind, agendaItem, state);
    }

    @GetMapping("/coordinators")
    @Operation(summary = "Coordinators", description = "Coordinators by working group and thematic area, with their terms.")
    Coordinators coordinators(@PathVariable String meetingId,
                              @RequestParam(required = false) @Parameter(description = AsOf.DESCRIPTION) String asOf) {
        return views.view(meetingId, MeetingView.COORDINATORS, Coordinators.class, AsOf.parse(asOf));
    }

    @GetMapping("/timeline")
    @Operation(summary = "Timeline", description = "Every logged event with its meeting time and logging time, who logged it, "
            + "a one-line description; corrections and withdrawals linked to what they change, both versions shown.")
    List<TimelineEntry> timeline(@PathVariable String meetingId,
                                 @RequestParam(required = false) @Parameter(description = "kind of action, such as agenda-item-taken-up") String kind,
                                 @RequestParam(required = false) @Parameter(description = "plenary session number") Integer plenarySession,
                                 @RequestParam(required = false) @Parameter(description = "agenda item number") String agendaItem,
                                 @RequestParam(required = false) @Parameter(description = "State named, ISO 3166 alpha-3") String state,
                                 @RequestParam(defaultValue = "meeting") @Parameter(description = "meeting (meeting clock) or logging (logging order)",
                                         schema = @Schema(allowableValues = {"meeting", "logging"})) String order,
                                 @RequestParam(required = false) @Parameter(description = AsOf.DESCRIPTION) String asOf) {
        TimelineOrder timelineOrder;
        try {
            timelineOrder = TimelineOrder.valueOf(order.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadQueryException("order must be 'meeting' or 'logging', not '" + order + "'");
        }
        return Timeline.select(views.timeline(meetingId, AsOf.parse(asOf)),
                new TimelineFilter(kind, plenarySession, agendaItem, state), timelineOrder);
    }
}
