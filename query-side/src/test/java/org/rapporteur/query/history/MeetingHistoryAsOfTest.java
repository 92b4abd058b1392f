package org.rapporteur.query.history;

import org.junit.jupiter.api.Test;
import org.rapporteur.query.TwelfthMeeting;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.query.TwelfthMeeting.*;

class MeetingHistoryAsOfTest {

    private final MeetingHistory history = convened()
            .log(opened(1))
            .log(org.rapporteur.query.TwelfthMeeting.vicePresidents(plenary(1, 10, 0), "CHE"))
            .log(takenUp(1, "10"))
            .log(org.rapporteur.query.TwelfthMeeting.vicePresidents(plenary(1, 12, 0), "PER"))
            .log(opened(3))
            .history();

    @Test
    void theMeetingClockCutsAtTheGivenTimeAnUntimedEventTakingTheTimeBeforeIt() {
        assertThat(history.upToMeetingTime(FIRST_DAY.atTime(11, 0)).events()).extracting(RecordedEvent::sequence)
                .containsExactly(0L, 1L, 2L, 3L);
        assertThat(history.upToMeetingTime(FIRST_DAY.atTime(9, 59)).events()).extracting(RecordedEvent::sequence)
                .containsExactly(0L, 1L);
        assertThat(history.upToMeetingTime(FIRST_DAY.atTime(23, 59)).events()).hasSize(5);
    }

    @Test
    void theLoggingClockAndTheSequenceCutInLoggingOrder() {
        assertThat(history.upToLoggedAt(LOGGING_STARTS.plusSeconds(120)).lastSequence()).isEqualTo(2);
        assertThat(history.upToSequence(3).lastSequence()).isEqualTo(3);
    }
}
