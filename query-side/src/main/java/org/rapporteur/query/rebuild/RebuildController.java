package org.rapporteur.query.rebuild;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/admin/rebuild")
@Tag(name = "admin", description = "Operating the read models")
class RebuildController {

    private final ProjectionRebuild rebuild;

    RebuildController(ProjectionRebuild rebuild) {
        this.rebuild = rebuild;
    }

    @PostMapping
    @Operation(summary = "Rebuild every read model from the event store",
            description = "Stops the projections, clears the read models and their tokens, and projects the whole store "
                    + "again. Answers 202 with the progress; a rebuild already running is not restarted.")
    ResponseEntity<RebuildProgress> start() {
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(rebuild.start());
    }

    @GetMapping
    @Operation(summary = "Progress of the current or last rebuild", description = "position (events projected), total, percent, events per second")
    RebuildProgress progress() {
        return rebuild.progress();
    }
}
