package org.rapporteur.query.projection;

import org.rapporteur.query.agenda.AgendaStatus;
import org.rapporteur.query.coordinators.Coordinators;
import org.rapporteur.query.decisions.DecisionRegister;
import org.rapporteur.query.documents.DocumentRegister;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.officers.Officers;
import org.rapporteur.query.participants.Participation;

import java.util.function.Function;

/** The views kept per meeting, each the pure fold of the meeting's history, each stored in its own collection. */
public enum MeetingView {
    AGENDA("agenda", AgendaStatus.class, AgendaStatus::of),
    OFFICERS("officers", Officers.class, Officers::of),
    PARTICIPANTS("participants", Participation.class, Participation::of),
    DOCUMENTS("documents", DocumentRegister.class, DocumentRegister::of),
    DECISIONS("decisions", DecisionRegister.class, DecisionRegister::of),
    COORDINATORS("coordinators", Coordinators.class, Coordinators::of);

    private final String collection;
    private final Class<?> type;
    private final Function<MeetingHistory, ?> fold;

    MeetingView(String collection, Class<?> type, Function<MeetingHistory, ?> fold) {
        this.collection = collection;
        this.type = type;
        this.fold = fold;
    }

    public String collection() {
        return collection;
    }

    public Class<?> type() {
        return type;
    }

    public Object fold(MeetingHistory history) {
        return fold.apply(history);
    }
}
