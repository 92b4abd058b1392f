package org.rapporteur.query;

import org.rapporteur.events.DocumentSymbol;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.StateCode;
import org.rapporteur.events.documents.DocumentWithdrawn;
import org.rapporteur.events.officers.PresidentDesignated;
import org.rapporteur.events.participation.ParticipantCategory;
import org.rapporteur.events.participation.ParticipantsRegistered;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import static org.rapporteur.query.TwelfthMeeting.*;

/** Plausible meeting streams of any length, with corrections and withdrawals, for projection tests and benchmarks. */
public final class ScriptedMeetings {

    private ScriptedMeetings() {
    }

    /**
     * The {@code n}th action (valid under the meeting's rules: sessions of 50 actions, opened and closed in turn) of a meeting's stream ({@code n} from 0); {@code idOf} gives the event id of an
     * earlier action by its sequence, for corrections and withdrawals.
     */
    public static MeetingEvent action(long n, java.util.function.LongFunction<String> idOf) {
        if (n == 0) {
            return convening();
        }
        int session = (int) (n / 50) + 1;
        long step = n % 50;
        if (step == 0) {
            return opened(session);
        }
        if (n == 1) {
            return opened(1);
        }
        if (n == 2) {
            return agenda(1);
        }
        if (n == 8) {
            return new PresidentDesignated(plenary(1), person("Ambassador", "Anna Ruiz", "ESP"), null, null, null);
        }
        if (step == 49) {
            return closed(session);
        }
        String item = List.of("10", "11").get(session % 2);
        return switch ((int) (step % 10)) {
            case 1 -> takenUp(session, item);
            case 2 -> new ParticipantsRegistered(plenary(session), ParticipantCategory.STATE_PARTY, StateCode.list(state(n % 97)), null);
            case 3 -> vicePresidents(plenary(session), state(97 + n % 13));
            case 4 -> correction(session, idOf.apply(n - 1),
                    vicePresidents(plenary(session), state(110 + n % 13)), "wrong State");
            case 6 -> new DocumentWithdrawn(plenary(session), DocumentSymbol.of("CCM/MSP/2024/WP." + (n - 1)), "superseded");
            case 7 -> n < 10 ? document(session, "CCM/MSP/2024/INF." + n, "Note " + n)
                    : withdrawal(session, idOf.apply(n - 5), "registered in error");
            case 9 -> concluded(session, item);
            default -> document(session, "CCM/MSP/2024/WP." + n, "Paper " + n);
        };
    }

    private static final List<String> STATES = List.copyOf(new java.util.TreeSet<>(org.rapporteur.text.States.all().keySet()));

    /** The {@code i}th State of the list the fact checks know, so that scripted actions pass the rules. */
    private static String state(long i) {
        return STATES.get((int) (i % STATES.size()));
    }

    /** Logs {@code count} actions into each meeting, the meetings' actions interleaved. */
    public static List<String> log(MeetingStreams streams, List<String> meetingIds, int count) {
        List<String> eventIds = new ArrayList<>();
        java.util.Map<String, List<String>> ids = new java.util.HashMap<>();
        for (int n = 0; n < count; n++) {
            for (String meeting : meetingIds) {
                List<String> mine = ids.computeIfAbsent(meeting, m -> new ArrayList<>());
                String id = streams.log(meeting, action(n, k -> mine.get((int) k)));
                mine.add(id);
                eventIds.add(id);
            }
        }
        return eventIds;
    }
}
