package org.rapporteur.query.rebuild;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.rapporteur.query.projection.ParkedMeetings;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@RequestMapping("/api/admin/parked")
@Tag(name = "admin", description = "Operating the read models")
class ParkedController {

    private final ParkedMeetings parked;
    private final ParkedRetry retry;

    ParkedController(ParkedMeetings parked, ParkedRetry retry) {
        this.parked = parked;
        this.retry = retry;
    }

    @GetMapping
    @Operation(summary = "Meetings whose views are incomplete",
            description = "Each with the projection that stopped, the event it stopped at and why.")
    List<ParkedMeetings.Parked> parked() {
        return parked.all();
    }

    @PostMapping("/retry")
    @Operation(summary = "Project the parked meetings again (after a fix)",
            description = "Folds each parked meeting's whole stream again; answers with those still parked.")
    List<ParkedMeetings.Parked> retry() {
        return retry.retry();
    }
}
