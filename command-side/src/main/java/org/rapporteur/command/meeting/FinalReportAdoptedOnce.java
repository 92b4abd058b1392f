package org.rapporteur.command.meeting;

import org.rapporteur.events.FinalReportAdoption;
import org.rapporteur.events.MeetingEvent;

import java.util.Optional;

/** The final report is adopted once; a wrong adoption is corrected or withdrawn, not adopted again. */
class FinalReportAdoptedOnce implements MeetingRule {

    @Override
    public Optional<String> objection(MeetingState meeting, MeetingEvent action) {
        if (action instanceof FinalReportAdoption && meeting.finalReportAdoptedBy() != null) {
            return Optional.of("the final report has already been adopted (event " + meeting.finalReportAdoptedBy()
                    + "): correct or withdraw that adoption instead");
        }
        return Optional.empty();
    }
}
