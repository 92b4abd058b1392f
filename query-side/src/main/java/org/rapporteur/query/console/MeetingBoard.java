package org.rapporteur.query.console;

import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.Person;
import org.rapporteur.events.agenda.AgendaAdopted;
import org.rapporteur.events.agenda.AgendaItem;
import org.rapporteur.events.agenda.AgendaItemConcluded;
import org.rapporteur.events.agenda.AgendaItemTakenUp;
import org.rapporteur.events.documents.DocumentSubmitted;
import org.rapporteur.events.documents.DocumentWithdrawn;
import org.rapporteur.events.meeting.MeetingClosed;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.events.meeting.PlenarySessionClosed;
import org.rapporteur.events.meeting.PlenarySessionOpened;
import org.rapporteur.events.officers.PresidentDesignated;
import org.rapporteur.events.officers.SecretariatMemberServed;
import org.rapporteur.events.officers.SecretaryGeneralConfirmed;
import org.rapporteur.events.officers.VicePresidentsElected;
import org.rapporteur.events.participation.Organisation;
import org.rapporteur.events.participation.ParticipantCategory;
import org.rapporteur.events.participation.ParticipantsRegistered;
import org.rapporteur.events.participation.ParticipantsRemoved;
import org.rapporteur.query.history.EffectiveAction;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.text.Ordinals;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What the console's board shows, folded from a meeting's effective actions: the open plenary session, the
 * agenda with each item's state, the officers, participation by category and the document register.
 */
public record MeetingBoard(String title, Integer openSession, LocalDate openSessionDate, int lastSession,
                           String currentItem, String agendaSymbol, List<AgendaLine> agenda, List<Officer> officers,
                           List<Participation> participation, List<String> states, List<DocumentLine> documents,
                           boolean closed) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    public record AgendaLine(String number, String title, String status) {
    }

    public record Officer(String office, String who) {
    }

    public record Participation(String category, List<String> names) {
    }

    public record DocumentLine(String symbol, String title, String kind, boolean withdrawn) {
    }

    public static MeetingBoard of(MeetingHistory history) {
        String title = history.meetingId();
        Integer open = null;
        LocalDate openDate = null;
        int last = 0;
        String current = null;
        String agendaSymbol = null;
        Map<String, AgendaLine> agenda = new LinkedHashMap<>();
        String president = null;
        Set<String> vicePresidents = new LinkedHashSet<>();
        String secretaryGeneral = null;
        List<Officer> secretariat = new ArrayList<>();
        Map<ParticipantCategory, Set<String>> participants = new EnumMap<>(ParticipantCategory.class);
        Map<String, String> organisations = new LinkedHashMap<>();
        Map<String, DocumentLine> documents = new LinkedHashMap<>();
        boolean closed = false;

        for (EffectiveAction action : history.effectiveActions()) {
            MeetingEvent event = action.facts();
            if (event instanceof MeetingConvened convened) {
                title = Ordinals.word(convened.ordinal()) + " " + convened.meetingKind()
                        + (convened.convention().acronym() == null ? "" : " (" + convened.convention().acronym() + ")");
            } else if (event instanceof PlenarySessionOpened opened) {
                open = opened.number();
                openDate = opened.moment().date();
                last = Math.max(last, opened.number());
            } else if (event instanceof PlenarySessionClosed sessionClosed) {
                if (open != null && open == sessionClosed.number()) {
                    open = null;
                }
            } else if (event instanceof AgendaAdopted adopted) {
                agendaSymbol = adopted.documentSymbol();
                agenda.clear();
                for (AgendaItem item : adopted.items()) {
                    agenda.put(item.number(), new AgendaLine(item.number(), item.title(), "pending"));
                }
            } else if (event instanceof AgendaItemTakenUp takenUp) {
                AgendaLine line = agenda.get(takenUp.itemNumber());
                if (line != null) {
                    agenda.put(line.number(), new AgendaLine(line.number(), line.title(),
                            "under consideration since the " + session(takenUp.moment().plenarySession())
                                    + " on " + DAY.format(takenUp.moment().date())));
                }
                current = takenUp.itemNumber();
            } else if (event instanceof AgendaItemConcluded concluded) {
                AgendaLine line = agenda.get(concluded.itemNumber());
                if (line != null) {
                    agenda.put(line.number(), new AgendaLine(line.number(), line.title(),
                            (concluded.deferred() ? "deferred" : "concluded") + " in the "
                                    + session(concluded.moment().plenarySession())));
                }
                if (concluded.itemNumber().equals(current)) {
                    current = null;
                }
            } else if (event instanceof PresidentDesignated designated) {
                president = person(designated.president());
            } else if (event instanceof VicePresidentsElected elected) {
                elected.states().forEach(state -> vicePresidents.add(StateNames.name(state)));
            } else if (event instanceof SecretaryGeneralConfirmed confirmed) {
                secretaryGeneral = person(confirmed.secretaryGeneral());
            } else if (event instanceof SecretariatMemberServed served) {
                secretariat.add(new Officer(ActionForms.humanize(served.role().name()), person(served.person())));
            } else if (event instanceof ParticipantsRegistered registered) {
                Set<String> names = participants.computeIfAbsent(registered.category(), c -> new LinkedHashSet<>());
                if (registered.states() != null) {
                    names.addAll(registered.states());
                }
                if (registered.organisations() != null) {
                    for (Organisation organisation : registered.organisations()) {
                        names.add(organisation.key());
                        organisations.put(organisation.key(), organisation.name());
                    }
                }
            } else if (event instanceof ParticipantsRemoved removed) {
                Set<String> names = participants.computeIfAbsent(removed.category(), c -> new LinkedHashSet<>());
                if (removed.states() != null) {
                    removed.states().forEach(names::remove);
                }
                if (removed.organisations() != null) {
                    removed.organisations().forEach(names::remove);
                }
            } else if (event instanceof DocumentSubmitted submitted) {
                documents.put(submitted.symbol(), new DocumentLine(submitted.symbol(), submitted.title(),
                        ActionForms.humanize(submitted.kind().name()), false));
            } else if (event instanceof DocumentWithdrawn withdrawn) {
                DocumentLine line = documents.get(withdrawn.symbol());
                if (line != null) {
                    documents.put(line.symbol(), new DocumentLine(line.symbol(), line.title(), line.kind(), true));
                }
            } else if (event instanceof MeetingClosed) {
                closed = true;
            }
        }

        List<Officer> officers = new ArrayList<>();
        if (president != null) {
            officers.add(new Officer("President", president));
        }
        if (!vicePresidents.isEmpty()) {
            officers.add(new Officer("Vice-Presidents", String.join(", ", vicePresidents)));
        }
        if (secretaryGeneral != null) {
            officers.add(new Officer("Secretary-General", secretaryGeneral));
        }
        officers.addAll(secretariat);

        List<Participation> participation = new ArrayList<>();
        List<String> states = new ArrayList<>();
        participants.forEach((category, keys) -> {
            List<String> names = new ArrayList<>();
            for (String key : keys) {
                if (organisations.containsKey(key)) {
                    names.add(organisations.get(key));
                } else {
                    names.add(StateNames.name(key));
                    states.add(key);
                }
            }
            if (!names.isEmpty()) {
                participation.add(new Participation(ActionForms.humanize(category.name()) + " (" + names.size() + ")", names));
            }
        });
        return new MeetingBoard(title, open, openDate, last, current, agendaSymbol, List.copyOf(agenda.values()),
                officers, participation, states, List.copyOf(documents.values()), closed);
    }

    public ActionForms.Context formContext(LocalDate today) {
        List<org.rapporteur.query.console.FormField.Option> items = new ArrayList<>();
        for (AgendaLine line : agenda) {
            items.add(new FormField.Option(line.number(), line.number() + ". " + line.title()));
        }
        return new ActionForms.Context(openSession, openSession != null && openSessionDate != null ? openSessionDate : today,
                lastSession + 1, currentItem, items, StateNames.options(states),
                documents.stream().filter(d -> !d.withdrawn()).map(DocumentLine::symbol).toList());
    }

    static String session(Integer number) {
        return number == null ? "meeting" : Ordinals.word(number).toLowerCase(Locale.ROOT) + " plenary session";
    }

    private static String person(Person person) {
        String name = (person.honorific() == null ? "" : person.honorific() + " ") + person.name();
        return person.state() == null ? name : name + " (" + StateNames.name(person.state()) + ")";
    }
}
