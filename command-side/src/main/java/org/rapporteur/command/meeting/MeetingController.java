package org.rapporteur.command.meeting;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.rapporteur.command.http.RequestFacts;
import org.rapporteur.events.meeting.MeetingConvened;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.net.URI;
import java.util.Map;

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
    @Operation(summary = "Convene a meeting", description = "Body: the meeting's facts plus its readable id, such as ccm-12msp.")
    ResponseEntity<Map<String, String>> convene(@RequestBody ObjectNode body,
                                                @RequestHeader(name = "Idempotency-Key", required = false) String commandId) {
        String meetingId = facts.meetingId(body.remove("id"));
        MeetingConvened convened = facts.read(body, MeetingConvened.class);
        commands.sendAndWait(new ConveneMeeting(meetingId, commandId, convened));
        URI location = ServletUriComponentsBuilder.fromCurrentRequest().path("/{id}").buildAndExpand(meetingId).toUri();
        return ResponseEntity.created(location).body(Map.of("id", meetingId));
    }
}
