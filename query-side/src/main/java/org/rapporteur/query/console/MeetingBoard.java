package org.rapporteur.query.console;

import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.Person;
import org.rapporteur.events.Text;
import org.rapporteur.events.meeting.MeetingClosed;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.events.meeting.PlenarySessionOpened;
import org.rapporteur.query.agenda.AgendaStatus;
import org.rapporteur.query.documents.DocumentRegister;
import org.rapporteur.query.history.EffectiveAction;
import org.rapporteur.query.history.MeetingContext;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.officers.Officers;
import org.rapporteur.query.participants.Participation;
import org.rapporteur.query.report.wording.Ordinals;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What the console's board shows: where the meeting stands (open plenary session, item under consideration) and,
 * worded for the board, the read models' agenda status, officers, participation and document register.
 */
public record MeetingBoard(String title, Integer openSession, LocalDate openSessionDate, int lastSession,
                           String currentItem, String agendaSymbol, List<AgendaLine> agenda, List<Officer> officers,
                           List<ParticipantLine> participation, List<String> states, List<DocumentLine> documents,
                           boolean closed) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    public record AgendaLine(String number, String title, String status) {
    }

    public record Officer(String office, String who) {
    }

    public record ParticipantLine(String category, List<String> names) {
    }

    public record DocumentLine(String symbol, String title, String kind, boolean withdrawn) {
    }

    public static MeetingBoard of(MeetingHistory history) {
        String title = history.meetingId();
        LocalDate openDate = null;
        int last = 0;
        MeetingContext context = MeetingContext.of(history);
        Integer open = context.openSession();
        String current = context.itemUnderConsideration();
        for (EffectiveAction action : history.effectiveActions()) {
            MeetingEvent event = action.facts();
            if (event instanceof MeetingConvened convened) {
                title = Ordinals.word(convened.ordinal()) + " " + convened.meetingKind()
                        + (convened.convention() == null || convened.convention().acronym() == null ? ""
                        : " (" + convened.convention().acronym() + ")");
            } else if (event instanceof PlenarySessionOpened opened) {
                openDate = opened.moment().date();
                last = Math.max(last, opened.number());
            }
        }
        AgendaStatus agenda = AgendaStatus.of(history);
        Participation participation = Participation.of(history);
        List<String> states = participation.categories().stream().flatMap(c -> c.states().stream()).toList();
        List<DocumentLine> documents = DocumentRegister.of(history).documents().stream()
                .map(d -> new DocumentLine(d.symbol(), d.title(), FormSchema.words(d.kind()), d.withdrawn()))
                .toList();
        return new MeetingBoard(title, open, openDate, last, current, agenda.documentSymbol(),
                agendaLines(agenda, current), officers(Officers.of(history), history),
                participation(participation), states, documents, closed(history));
    }

    /** Whether the meeting has closed (a closing withdrawn does not count). */
    static boolean closed(MeetingHistory history) {
        return history.effectiveActions().stream().anyMatch(action -> action.facts() instanceof MeetingClosed);
    }

    /** An item never taken up while a later one was is passed over ("not taken up"), not still pending. */
    private static List<AgendaLine> agendaLines(AgendaStatus agenda, String current) {
        List<AgendaLine> lines = new ArrayList<>();
        boolean laterTakenUp = false;
        List<AgendaStatus.Item> items = agenda.items();
        for (int i = items.size() - 1; i >= 0; i--) {
            AgendaStatus.Item item = items.get(i);
            AgendaLine line = agendaLine(item, current);
            lines.add(0, item.state() == AgendaStatus.State.PENDING && laterTakenUp
                    ? new AgendaLine(line.number(), line.title(), "not taken up") : line);
            laterTakenUp |= item.state() != AgendaStatus.State.PENDING;
        }
        return lines;
    }

    /** An item taken up and not concluded is under consideration only while no other item has been taken up since. */
    private static AgendaLine agendaLine(AgendaStatus.Item item, String current) {
        String status = switch (item.state()) {
            case PENDING -> "pending";
            case TAKEN_UP -> {
                AgendaStatus.Sitting sitting = item.takenUp().get(item.takenUp().size() - 1);
                yield (item.number().equals(current) ? "under consideration since the " : "considered in the ")
                        + session(sitting.plenarySession()) + " on " + DAY.format(sitting.date());
            }
            case CONCLUDED, DEFERRED -> item.state().name().toLowerCase(Locale.ROOT) + " in the "
                    + session(item.concluded() == null ? null : item.concluded().plenarySession());
        };
        return new AgendaLine(item.number(), item.title(), status);
    }

    private static List<Officer> officers(Officers officers, MeetingHistory history) {
        List<Officer> lines = new ArrayList<>();
        lines.addAll(bodysOfficers(history));
        if (officers.president() != null) {
            lines.add(new Officer("President", person(officers.president().person())));
        }
        if (officers.secretaryGeneral() != null) {
            lines.add(new Officer("Secretary-General", person(officers.secretaryGeneral().person())));
        }
        if (officers.secretary() != null) {
            lines.add(new Officer("Secretary of the meeting", person(officers.secretary().person())));
        }
        officers.secretariat().forEach(member -> lines.add(new Officer("Secretariat", person(member.person()))));
        if (officers.nextPresident() != null) {
            lines.add(new Officer("President of the next meeting", person(officers.nextPresident().person())));
        }
        return lines;
    }

    /** Officers of the body's own offices (any body's vocabulary), named as its profile names the offices. */
    private static List<Officer> bodysOfficers(MeetingHistory history) {
        List<FormField.Option> offices = BodyTerms.of(history).getOrDefault(BodyTerms.OFFICES, List.of());
        java.util.Map<String, List<String>> holders = new java.util.LinkedHashMap<>();
        for (EffectiveAction action : history.effectiveActions()) {
            if (action.facts() instanceof org.rapporteur.events.officers.OfficersElected elected) {
                List<String> who = holders.computeIfAbsent(office(offices, elected.office()), o -> new ArrayList<>());
                elected.elected().forEach(e -> who.add(holder(e.holder())));
            } else if (action.facts() instanceof org.rapporteur.events.officers.ActingOfficerDesignated acting) {
                holders.computeIfAbsent(office(offices, acting.office()) + " (" + acting.capacity().name()
                        .toLowerCase(Locale.ROOT) + ")", o -> new ArrayList<>()).add(holder(acting.holder()));
            }
        }
        List<Officer> lines = new ArrayList<>();
        holders.forEach((office, who) -> lines.add(new Officer(office, String.join(", ", who))));
        return lines;
    }

    private static String office(List<FormField.Option> offices, String key) {
        return offices.stream().filter(o -> o.value().equals(key)).map(FormField.Option::label).findFirst()
                .orElse(FormSchema.words(key));
    }

    private static String holder(org.rapporteur.events.Holder holder) {
        return holder.person() != null ? person(holder.person()) : StateNames.name(Text.text(holder.state()));
    }

    private static List<ParticipantLine> participation(Participation participation) {
        List<ParticipantLine> lines = new ArrayList<>();
        for (var category : participation.categories()) {
            List<String> names = new ArrayList<>();
            category.states().forEach(state -> names.add(StateNames.name(state)));
            category.organisations().forEach(organisation -> names.add(organisation.name()));
            if (!names.isEmpty()) {
                lines.add(new ParticipantLine(FormSchema.words(category.category()) + " (" + names.size() + ")", names));
            }
        }
        return lines;
    }

    static String session(Integer number) {
        return number == null ? "meeting" : Ordinals.word(number).toLowerCase(Locale.ROOT) + " plenary session";
    }

    private static String person(Person person) {
        String name = (person.honorific() == null ? "" : person.honorific() + " ") + person.name();
        return person.state() == null ? name : name + " (" + StateNames.name(person.state().text()) + ")";
    }
}
