package org.rapporteur.query.history;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.query.ScriptedMeetings;
import org.rapporteur.query.TwelfthMeeting;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rapporteur.query.TwelfthMeeting.*;

/** A history extended batch by batch derives the same effective actions and context as one read whole. */
class MeetingHistoryExtensionTest {

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 7, 50})
    void extendingDerivesWhatReadingWholeDerives(int batch) {
        List<RecordedEvent> events = meetingWithCorrectionsOfItsAgenda();
        MeetingHistory history = new MeetingHistory(ID, events.subList(0, 1));
        history.context();
        for (int from = 1; from < events.size(); from += batch) {
            history = history.extendedBy(events.subList(from, Math.min(events.size(), from + batch)));
            if (from % 2 == 0) {
                history.effectiveActions();
            }
            assertSameDerivations(history, new MeetingHistory(ID, history.events()));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 4})
    void aHistoryExtendedSeveralTimesBeforeDerivingDerivesFromTheLastThatDid(int batch) {
        List<RecordedEvent> events = meetingWithCorrectionsOfItsAgenda();
        MeetingHistory history = new MeetingHistory(ID, events.subList(0, 1));
        history.context();
        for (int from = 1; from < events.size(); from += batch) {
            MeetingHistory extended = history.extendedBy(events.subList(from, Math.min(events.size(), from + batch)));
            if (from % 3 == 0) {
                assertSameDerivations(extended, new MeetingHistory(ID, extended.events()));
            }
            history = extended;
        }
    }

    private static void assertSameDerivations(MeetingHistory extended, MeetingHistory whole) {
        assertThat(extended.effectiveActions()).isEqualTo(whole.effectiveActions());
        for (RecordedEvent event : whole.events()) {
            assertThat(extended.context().agendaItem(event.eventId())).as("item of %s", event.eventId())
                    .isEqualTo(whole.context().agendaItem(event.eventId()));
            assertThat(extended.context().meetingTime(event.eventId())).as("time of %s", event.eventId())
                    .isEqualTo(whole.context().meetingTime(event.eventId()));
        }
    }

    /** The benchmarks' scripted meeting, with items taken up, concluded and sessions closed corrected and withdrawn. */
    private static List<RecordedEvent> meetingWithCorrectionsOfItsAgenda() {
        TwelfthMeeting meeting = new TwelfthMeeting();
        List<String> scripted = new ArrayList<>();
        for (int n = 0; n < 160; n++) {
            scripted.add(meeting.nextId());
            meeting.log(ScriptedMeetings.action(n, k -> scripted.get((int) k)));
            if (n == 60) {
                meeting.log(takenUp(2, "12"));
                String takenUp = meeting.lastId();
                meeting.log(document(2, "CCM/MSP/2024/WP.90", "Under item 12"));
                meeting.log(correction(2, takenUp, takenUp(2, "13"), "item 13, not 12"));
                meeting.log(concluded(2, "13"));
                String concluded = meeting.lastId();
                meeting.log(document(2, "CCM/MSP/2024/WP.91", "After item 13"));
                meeting.log(withdrawal(2, concluded, "not concluded yet"));
                meeting.log(closed(2));
                String closed = meeting.lastId();
                meeting.log(document(2, "CCM/MSP/2024/WP.92", "After the session"));
                meeting.log(withdrawal(2, closed, "still sitting"));
                meeting.log(takenUp(2, "14"));
                meeting.log(withdrawal(2, meeting.lastId(), "taken up in error"));
                MeetingEvent again = document(2, "CCM/MSP/2024/WP.93", "Twice corrected");
                meeting.log(again);
                String twice = meeting.lastId();
                meeting.log(correction(2, twice, document(2, "CCM/MSP/2024/WP.94", "Corrected once"), "symbol"));
                meeting.log(correction(2, twice, document(2, "CCM/MSP/2024/WP.95", "Corrected twice"), "symbol again"));
                meeting.log(withdrawal(2, twice, "withdrawn after all"));
                meeting.log(correction(2, twice, document(2, "CCM/MSP/2024/WP.96", "Too late"), "after its withdrawal"));
            }
        }
        return meeting.history().events();
    }
}
