package org.rapporteur.command.actions;

import io.swagger.v3.oas.annotations.media.Schema;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.rapporteur.command.http.Logging;
import org.rapporteur.command.http.RequestFacts;
import org.rapporteur.command.meeting.ConveneMeeting;
import org.rapporteur.command.meeting.Recorded;
import org.rapporteur.events.meeting.MeetingConvened;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URI;
import java.security.Principal;
import java.util.Set;

@RestController
@RequestMapping("/api/meetings")
@Tag(name = "meeting", description = "Convening meetings")
class MeetingController {

    private final CommandGateway commands;
    private final RequestFacts facts;

    MeetingController(CommandGateway commands, RequestFacts facts) {
        this.commands = commands;
        this.facts = facts;
    }

    @PostMapping
    @Operation(summary = "Convene a meeting",
            description = "Body: the meeting's facts plus its readable id, such as ccm-12msp. Without a moment, the "
                    + "convening is dated today. Retried with the same Idempotency-Key, it answers as the first time.",
            responses = {
                    @ApiResponse(responseCode = "201", description = "Convened; ETag is the meeting's version"),
                    @ApiResponse(responseCode = "400", description = "Malformed or incomplete facts, by field"),
                    @ApiResponse(responseCode = "409", description = "A meeting with this id has already been convened")})
    ResponseEntity<Convened> convene(@RequestBody ObjectNode body,
                                     @Parameter(description = "Client command id: a retry returns the first answer")
                                     @RequestHeader(name = Logging.IDEMPOTENCY_KEY, required = false) String commandId,
                                     @Parameter(description = "Who logs it, when no one is signed in")
                                     @RequestHeader(name = Logging.LOGGED_BY, required = false) String loggedBy,
                                     Principal principal) {
        String meetingId = facts.meetingId(body.remove("id"));
        MeetingConvened convened = facts.read(body, MeetingConvened.class, Set.of("moment", "moment.date"));
        String id = commandId == null || commandId.isBlank() ? null : commandId.trim();
        Recorded recorded = commands.sendAndWait(Logging.command(new ConveneMeeting(meetingId, id, convened),
                Logging.loggedBy(principal, loggedBy), id));
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(meetingId).toUri();
        return ResponseEntity.created(location)
                .eTag(Logging.entityTag(recorded.sequence()))
                .body(new Convened(meetingId, recorded.eventId(), recorded.sequence()));
    }

    @Schema(name = "convened-meeting")
    record Convened(String id, String eventId, long sequence) {
    }
}
