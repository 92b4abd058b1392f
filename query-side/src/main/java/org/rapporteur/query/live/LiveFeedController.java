package org.rapporteur.query.live;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rapporteur.query.history.BadQueryException;
import org.rapporteur.query.history.UnknownMeetingException;
import org.rapporteur.query.projection.ReadModelStore;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@Tag(name = "live", description = "Actions pushed as they are projected")
class LiveFeedController {

    private final LiveFeed feed;
    private final ReadModelStore store;

    LiveFeedController(LiveFeed feed, ReadModelStore store) {
        this.feed = feed;
        this.store = store;
    }

    @GetMapping(path = "/api/meetings/{meetingId}/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Live actions of a meeting (server-sent events)",
            description = "Each action as soon as the read models hold it: event name 'action', id the action's sequence "
                    + "number in the meeting's stream, data its timeline entry (JSON). Reconnect with Last-Event-ID to "
                    + "receive what was missed, nothing twice.")
    @ApiResponse(responseCode = "200", description = "The stream, open until the client leaves",
            content = @Content(mediaType = MediaType.TEXT_EVENT_STREAM_VALUE,
                    schema = @Schema(type = "string", description = "server-sent events, each an 'action' whose data is "
                            + "a timeline-entry")))
    SseEmitter stream(@PathVariable String meetingId,
                      @RequestHeader(name = "Last-Event-ID", required = false)
                      @Parameter(description = "the id of the last event received") String lastEventId) {
        if (store.position(meetingId) < 0) {
            throw new UnknownMeetingException(meetingId);
        }
        Long last = null;
        if (lastEventId != null && !lastEventId.isBlank()) {
            try {
                last = Long.parseLong(lastEventId.strip());
            } catch (NumberFormatException e) {
                throw new BadQueryException("Last-Event-ID must be a sequence number, not '" + lastEventId + "'");
            }
        }
        return feed.subscribe(meetingId, last);
    }
}
