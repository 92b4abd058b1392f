package org.rapporteur.query.agenda;

import io.swagger.v3.oas.annotations.media.Schema;
import org.rapporteur.events.Text;
import org.rapporteur.events.agenda.AgendaAdopted;
import org.rapporteur.events.agenda.AgendaItem;
import org.rapporteur.events.agenda.AgendaItemConcluded;
import org.rapporteur.events.agenda.AgendaItemTakenUp;
import org.rapporteur.query.decisions.Decision;
import org.rapporteur.query.decisions.DecisionRegister;
import org.rapporteur.query.documents.DocumentRegister;
import org.rapporteur.query.documents.RegisteredDocument;
import org.rapporteur.query.history.EffectiveAction;
import org.rapporteur.query.history.MeetingContext;
import org.rapporteur.query.history.MeetingHistory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The agenda as adopted, each item with where it stands and the documents and decisions under it. */
@Schema(name = "agenda-status")
public record AgendaStatus(String documentSymbol, List<Item> items) {

    public enum State { PENDING, TAKEN_UP, CONCLUDED, DEFERRED }

    /** A plenary session on a date. */
    @Schema(name = "sitting")
    public record Sitting(Integer plenarySession, LocalDate date) {
    }

    @Schema(name = "decision-taken")
    public record DecisionTaken(String kind, String description, List<String> eventIds) {
    }

    /**
     * @param takenUp   every sitting in which the item was taken up, in order
     * @param concluded the sitting in which its consideration was concluded or deferred, while it is
     */
    @Schema(name = "agenda-status-item")
    public record Item(String number, String title, State state, List<Sitting> takenUp, Sitting concluded,
                       List<String> documents, List<DecisionTaken> decisions) {
    }

    public static AgendaStatus of(MeetingHistory history) {
        MeetingContext context = MeetingContext.of(history);
        String symbol = null;
        List<AgendaItem> adopted = List.of();
        Map<String, Progress> items = new LinkedHashMap<>();
        for (EffectiveAction action : history.effectiveActions()) {
            if (action.facts() instanceof AgendaAdopted agenda) {
                symbol = agenda.documentSymbol() == null ? null : agenda.documentSymbol().text();
                adopted = agenda.items();
            } else if (action.facts() instanceof AgendaItemTakenUp takenUp) {
                Progress progress = items.computeIfAbsent(Text.text(takenUp.itemNumber()), n -> new Progress());
                progress.state = State.TAKEN_UP;
                progress.takenUp.add(new Sitting(takenUp.moment().plenarySession(), takenUp.moment().date()));
                progress.concluded = null;
            } else if (action.facts() instanceof AgendaItemConcluded concluded) {
                Progress progress = items.computeIfAbsent(Text.text(concluded.itemNumber()), n -> new Progress());
                progress.state = concluded.deferred() ? State.DEFERRED : State.CONCLUDED;
                progress.concluded = new Sitting(concluded.moment().plenarySession(), concluded.moment().date());
            }
            String item = context.agendaItem(action.original().eventId());
            if (item != null) {
                items.computeIfAbsent(item, n -> new Progress()).documents.addAll(history.readings().documents(action.facts()));
            }
        }
        for (RegisteredDocument document : DocumentRegister.of(history).documents()) {
            if (document.agendaItem() != null) {
                items.computeIfAbsent(document.agendaItem(), n -> new Progress()).documents.add(document.symbol());
            }
        }
        for (Decision decision : DecisionRegister.of(history).decisions()) {
            if (decision.agendaItem() != null) {
                items.computeIfAbsent(decision.agendaItem(), n -> new Progress()).decisions.add(
                        new DecisionTaken(decision.kind(), decision.description(), decision.eventIds()));
            }
        }
        List<Item> list = new ArrayList<>();
        for (AgendaItem item : adopted) {
            Progress p = items.getOrDefault(Text.text(item.number()), new Progress());
            list.add(new Item(Text.text(item.number()), item.title(), p.state, List.copyOf(p.takenUp), p.concluded,
                    List.copyOf(p.documents), List.copyOf(p.decisions)));
        }
        return new AgendaStatus(symbol, List.copyOf(list));
    }

    private static final class Progress {
        State state = State.PENDING;
        final List<Sitting> takenUp = new ArrayList<>();
        Sitting concluded;
        final Set<String> documents = new LinkedHashSet<>();
        final List<DecisionTaken> decisions = new ArrayList<>();
    }
}
