package org.rapporteur.query.report.facts;

import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.agenda.AgendaAdopted;
import org.rapporteur.events.agenda.AgendaItem;
import org.rapporteur.events.agenda.AgendaItemTakenUp;
import org.rapporteur.events.agenda.ProgrammeOfWorkNoted;
import org.rapporteur.events.agenda.RulesOfProcedureConfirmed;
import org.rapporteur.events.coordinators.ThematicCoordinatorsAppointed;
import org.rapporteur.events.coordinators.WorkingGroupCoordinatorsAppointed;
import org.rapporteur.events.decisions.CoordinatorsAppreciated;
import org.rapporteur.events.decisions.DecisionAdopted;
import org.rapporteur.events.decisions.EstimatedCostsAdopted;
import org.rapporteur.events.decisions.ExtensionRequestGranted;
import org.rapporteur.events.decisions.FinalReportAdopted;
import org.rapporteur.events.documents.DocumentSubmitted;
import org.rapporteur.events.documents.DocumentWithdrawn;
import org.rapporteur.events.meeting.IntersessionalMeetingsDecided;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.events.meeting.MeetingDatesChanged;
import org.rapporteur.events.meeting.MeetingOpened;
import org.rapporteur.events.meeting.NextMeetingScheduled;
import org.rapporteur.events.meeting.OpeningCeremonyHeld;
import org.rapporteur.events.meeting.PlenarySessionOpened;
import org.rapporteur.events.officers.NextPresidentElected;
import org.rapporteur.events.officers.PresidentDesignated;
import org.rapporteur.events.officers.ReviewConferencePresidencyDecided;
import org.rapporteur.events.officers.SecretariatMemberServed;
import org.rapporteur.events.officers.SecretaryGeneralConfirmed;
import org.rapporteur.events.officers.VicePresidentsElected;
import org.rapporteur.events.participation.ObserverStatusConfirmed;
import org.rapporteur.events.participation.Organisation;
import org.rapporteur.events.participation.ParticipantCategory;
import org.rapporteur.events.participation.ParticipantsRegistered;
import org.rapporteur.events.participation.ParticipantsRemoved;
import org.rapporteur.events.work.AnalysisPresented;
import org.rapporteur.events.work.ComplianceDeclared;
import org.rapporteur.events.work.DocumentConsidered;
import org.rapporteur.events.work.ExtensionRequestPresented;
import org.rapporteur.events.work.ImplementationReviewed;
import org.rapporteur.events.work.StatementsDelivered;
import org.rapporteur.events.work.WorkReported;
import org.rapporteur.profiles.ReportFact;
import org.rapporteur.query.history.EffectiveAction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/** The first pass over a meeting's effective actions: every fact the report needs, in one immutable model. */
public final class FactGatherer {

    private FactGatherer() {
    }

    /** The report's kind of fact for an event, or null when the event only informs others (documents, agenda ...). */
    static ReportFact kindOf(MeetingEvent e) {
        if (e instanceof MeetingOpened || e instanceof OpeningCeremonyHeld) {
            return ReportFact.OPENING;
        } else if (e instanceof AgendaAdopted || e instanceof RulesOfProcedureConfirmed || e instanceof ProgrammeOfWorkNoted
                || e instanceof ObserverStatusConfirmed) {
            return ReportFact.ORGANISATION_OF_WORK;
        } else if (e instanceof VicePresidentsElected) {
            return ReportFact.OFFICERS_ELECTED;
        } else if (e instanceof SecretaryGeneralConfirmed) {
            return ReportFact.SECRETARY_GENERAL;
        } else if (e instanceof ExtensionRequestPresented || e instanceof AnalysisPresented) {
            return ReportFact.REQUESTS;
        } else if (e instanceof StatementsDelivered) {
            return ReportFact.STATEMENTS;
        } else if (e instanceof ImplementationReviewed) {
            return ReportFact.IMPLEMENTATION_REVIEW;
        } else if (e instanceof WorkReported) {
            return ReportFact.WORK_REPORTS;
        } else if (e instanceof DocumentConsidered) {
            return ReportFact.DOCUMENTS_CONSIDERED;
        } else if (e instanceof ComplianceDeclared) {
            return ReportFact.COMPLIANCE;
        } else if (e instanceof DecisionAdopted) {
            return ReportFact.DECISIONS;
        } else if (e instanceof CoordinatorsAppreciated) {
            return ReportFact.APPRECIATION;
        } else if (e instanceof ExtensionRequestGranted) {
            return ReportFact.EXTENSIONS_GRANTED;
        } else if (e instanceof WorkingGroupCoordinatorsAppointed || e instanceof ThematicCoordinatorsAppointed) {
            return ReportFact.COORDINATORS;
        } else if (e instanceof NextPresidentElected) {
            return ReportFact.NEXT_PRESIDENT;
        } else if (e instanceof NextMeetingScheduled) {
            return ReportFact.NEXT_MEETING;
        } else if (e instanceof EstimatedCostsAdopted) {
            return ReportFact.ESTIMATED_COSTS;
        } else if (e instanceof IntersessionalMeetingsDecided) {
            return ReportFact.INTERSESSIONAL_MEETINGS;
        } else if (e instanceof ReviewConferencePresidencyDecided) {
            return ReportFact.FUTURE_PRESIDENCY;
        } else if (e instanceof FinalReportAdopted) {
            return ReportFact.REPORT_ADOPTED;
        } else if (e instanceof SecretariatMemberServed) {
            return ReportFact.SECRETARIAT;
        }
        return null;
    }

    private static final Comparator<Occurrence> MEETING_ORDER = Comparator
            .comparing((Occurrence o) -> o.moment() == null ? LocalDate.MIN : o.moment().date())
            .thenComparing(o -> o.session() == null ? 0 : o.session())
            .thenComparingInt(Occurrence::position);

    public static MeetingFacts gather(List<EffectiveAction> actions) {
        MeetingConvened convened = null;
        List<String> convenedIds = new ArrayList<>();
        PresidentDesignated president = null;
        List<String> presidentIds = List.of();
        MeetingDatesChanged datesChanged = null;
        List<String> datesChangedIds = List.of();
        Map<String, DocumentSubmitted> documents = new LinkedHashMap<>();
        Set<String> withdrawn = new HashSet<>();
        List<String> documentEventIds = new ArrayList<>();
        Map<String, AgendaItem> agenda = new HashMap<>();
        TreeMap<Integer, LocalDate> sessionDates = new TreeMap<>();
        List<String> sessionIds = new ArrayList<>();
        Map<ParticipantCategory, LinkedHashSet<String>> states = new EnumMap<>(ParticipantCategory.class);
        Map<ParticipantCategory, LinkedHashMap<String, Organisation>> organisations = new EnumMap<>(ParticipantCategory.class);
        Map<ParticipantCategory, List<String>> participantIds = new EnumMap<>(ParticipantCategory.class);
        FinalReportAdopted finalReport = null;
        Map<String, SortedSet<Integer>> workSessionsByItem = new HashMap<>();
        List<Occurrence> occurrences = new ArrayList<>();
        String item = null;
        for (EffectiveAction action : actions) {
            MeetingEvent e = action.facts();
            if (e instanceof MeetingConvened c) {
                convened = c;
                convenedIds.addAll(action.eventIds());
            } else if (e instanceof PresidentDesignated p) {
                president = p;
                presidentIds = action.eventIds();
            } else if (e instanceof MeetingDatesChanged d) {
                datesChanged = d;
                datesChangedIds = action.eventIds();
            } else if (e instanceof DocumentSubmitted d) {
                documents.put(d.symbol(), d);
                withdrawn.remove(d.symbol());
                documentEventIds.addAll(action.eventIds());
            } else if (e instanceof DocumentWithdrawn d) {
                withdrawn.add(d.symbol());
                documentEventIds.addAll(action.eventIds());
            } else if (e instanceof AgendaItemTakenUp a) {
                item = a.itemNumber();
            } else if (e instanceof PlenarySessionOpened s) {
                sessionDates.put(s.number(), s.moment().date());
                sessionIds.add(action.eventIds().get(0));
            } else if (e instanceof ParticipantsRegistered r) {
                LinkedHashSet<String> list = states.computeIfAbsent(r.category(), k -> new LinkedHashSet<>());
                if (r.states() != null) {
                    list.addAll(r.states());
                }
                LinkedHashMap<String, Organisation> orgs = organisations.computeIfAbsent(r.category(), k -> new LinkedHashMap<>());
                if (r.organisations() != null) {
                    r.organisations().forEach(o -> orgs.put(o.key(), o));
                }
                participantIds.computeIfAbsent(r.category(), k -> new ArrayList<>()).addAll(action.eventIds());
            } else if (e instanceof ParticipantsRemoved r) {
                if (r.states() != null && states.containsKey(r.category())) {
                    r.states().forEach(states.get(r.category())::remove);
                }
                if (r.organisations() != null && organisations.containsKey(r.category())) {
                    r.organisations().forEach(organisations.get(r.category())::remove);
                }
                participantIds.computeIfAbsent(r.category(), k -> new ArrayList<>()).addAll(action.eventIds());
            } else if (e instanceof FinalReportAdopted f) {
                finalReport = f;
            }
            if (e instanceof AgendaAdopted a) {
                a.items().forEach(i -> agenda.put(i.number(), i));
            }
            if (e instanceof ImplementationReviewed r) {
                item = r.itemNumber();
            }
            if (item != null && (e instanceof WorkReported || e instanceof ImplementationReviewed
                    || e instanceof ComplianceDeclared || e instanceof DocumentConsidered)
                    && e.moment().plenarySession() != null) {
                workSessionsByItem.computeIfAbsent(item, k -> new TreeSet<>()).add(e.moment().plenarySession());
            }
            ReportFact kind = kindOf(e);
            if (kind != null) {
                occurrences.add(new Occurrence(kind, action, item, occurrences.size()));
            }
        }
        occurrences.sort(MEETING_ORDER);
        Map<ParticipantCategory, MeetingFacts.Participants> participants = new EnumMap<>(ParticipantCategory.class);
        for (ParticipantCategory category : ParticipantCategory.values()) {
            if (participantIds.containsKey(category)) {
                participants.put(category, new MeetingFacts.Participants(
                        List.copyOf(states.getOrDefault(category, new LinkedHashSet<>())),
                        List.copyOf(organisations.getOrDefault(category, new LinkedHashMap<>()).values()),
                        List.copyOf(participantIds.get(category))));
            }
        }
        Map<String, SortedSet<Integer>> sessionsByItem = new HashMap<>();
        workSessionsByItem.forEach((k, v) -> sessionsByItem.put(k, Collections.unmodifiableSortedSet(v)));
        return new MeetingFacts(convened, List.copyOf(convenedIds), president, presidentIds, datesChanged,
                datesChangedIds, Collections.unmodifiableMap(documents), Set.copyOf(withdrawn), List.copyOf(documentEventIds),
                Map.copyOf(agenda), Collections.unmodifiableSortedMap(sessionDates), List.copyOf(sessionIds),
                Collections.unmodifiableMap(participants), finalReport, Map.copyOf(sessionsByItem), List.copyOf(occurrences));
    }
}
