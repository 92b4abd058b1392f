package org.rapporteur.query.meetings;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rapporteur.query.history.UnknownMeetingException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/meetings")
@Tag(name = "meetings", description = "The directory of convened meetings")
class MeetingQueryController {

    private final MeetingDirectoryProjection directory;

    MeetingQueryController(MeetingDirectoryProjection directory) {
        this.directory = directory;
    }

    @GetMapping
    @Operation(summary = "All convened meetings, latest first")
    List<MeetingSummary> all() {
        return directory.all();
    }

    @GetMapping("/{meetingId}")
    @Operation(summary = "One meeting")
    MeetingSummary one(@PathVariable String meetingId) {
        return directory.byId(meetingId).orElseThrow(() -> new UnknownMeetingException(meetingId));
    }
}
