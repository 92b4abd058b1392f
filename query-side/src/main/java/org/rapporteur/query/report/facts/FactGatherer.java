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
import org.rapporteur.events.decisions.ReportAdopted;
import org.rapporteur.events.documents.DocumentSubmitted;
import org.rapporteur.events.documents.DocumentWithdrawn;
import org.rapporteur.events.meeting.IntersessionalMeetingsDecided;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.events.meeting.MeetingDatesChanged;
import org.rapporteur.events.meeting.MeetingOpened;
import org.rapporteur.events.meeting.OpeningCeremonyHeld;
import org.rapporteur.events.meeting.PlenarySessionOpened;
import org.rapporteur.events.officers.NextPresidentElected;
import org.rapporteur.events.officers.PresidentDesignated;
import org.rapporteur.events.officers.ReviewConferencePresidencyDecided;
import org.rapporteur.events.officers.SecretariatMemberServed;
import org.rapporteur.events.officers.SecretaryGeneralConfirmed;
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
        } else if (e instanceof EstimatedCostsAdopted) {
            return ReportFact.ESTIMATED_COSTS;
        } else if (e instanceof IntersessionalMeetingsDecided) {
            return ReportFact.INTERSESSIONAL_MEETINGS;
        } else if (e instanceof ReviewConferencePresidencyDecided) {
            return ReportFact.FUTURE_PRESIDENCY;
        } else if (e instanceof SecretariatMemberServed) {
            return ReportFact.SECRETARIAT;
        } else if (e instanceof org.rapporteur.events.meeting.MeetingClosed) {
            return ReportFact.CLOSING;
        }
        return kindOfGeneral(e);
    }

    /** The kinds of the any-body vocabulary. */
    private static ReportFact kindOfGeneral(MeetingEvent e) {
        if (e instanceof org.rapporteur.events.officers.OfficersElected
                || e instanceof org.rapporteur.events.officers.ActingOfficerDesignated) {
            return ReportFact.OFFICERS_ELECTED;
        } else if (e instanceof org.rapporteur.events.statements.StatementDelivered) {
            return ReportFact.STATEMENTS;
        } else if (e instanceof org.rapporteur.events.decisions.NumberedDecisionAdopted
                || e instanceof org.rapporteur.events.decisions.VoteRecorded
                || e instanceof org.rapporteur.events.decisions.ConsiderationDeferred) {
            return ReportFact.DECISIONS;
        } else if (e instanceof org.rapporteur.events.meeting.NextSessionDecided) {
            return ReportFact.NEXT_MEETING;
        } else if (e instanceof ReportAdopted) {
            return ReportFact.REPORT_ADOPTED;
        } else if (e instanceof org.rapporteur.events.agenda.RulesOfProcedureAdopted
                || e instanceof org.rapporteur.events.agenda.ProgrammeOfWorkAdopted
                || e instanceof org.rapporteur.events.agenda.AgendaAmended
                || e instanceof org.rapporteur.events.agenda.DecisionMakingAgreed) {
            return ReportFact.ORGANISATION_OF_WORK;
        } else if (e instanceof org.rapporteur.events.membership.MembershipReported
                || e instanceof org.rapporteur.events.membership.AttendanceRecorded
                || e instanceof org.rapporteur.events.membership.ParticipantsAdmitted) {
            return ReportFact.MEMBERSHIP;
        } else if (e instanceof org.rapporteur.events.credentials.CredentialsExamined
                || e instanceof org.rapporteur.events.credentials.CredentialsReportApproved) {
            return ReportFact.CREDENTIALS;
        } else if (e instanceof org.rapporteur.events.subsidiary.SubsidiaryBodyEstablished
                || e instanceof org.rapporteur.events.subsidiary.SubsidiaryBodyReported
                || e instanceof org.rapporteur.events.subsidiary.SubsidiaryBodyReportActedOn) {
            return ReportFact.SUBSIDIARY_BODIES;
        }
        return null;
    }

    /**
     * Meeting order: by date, then by sitting (a fact outside plenary counts with the sitting last opened before it
     * was logged: the closure after the closing sitting), then as logged.
     */
    private static Comparator<Occurrence> meetingOrder(Map<Occurrence, Integer> sittings) {
        return Comparator.comparing((Occurrence o) -> o.moment() == null ? LocalDate.MIN : o.moment().date())
                .thenComparing(o -> o.session() != null ? o.session() : sittings.getOrDefault(o, 0))
                .thenComparingInt(Occurrence::position);
    }

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
        ReportAdopted finalReport = null;
        Map<String, SortedSet<Integer>> workSessionsByItem = new HashMap<>();
        List<Occurrence> occurrences = new ArrayList<>();
        String item = null;
        Map<String, org.rapporteur.events.membership.ParticipationCategory> added = new LinkedHashMap<>();
        Occurrence firstSitting = null;
        int sitting = 0;
        Map<Occurrence, Integer> sittingOf = new java.util.IdentityHashMap<>();
        boolean opened = false;
        for (EffectiveAction action : actions) {
            MeetingEvent e = action.facts();
            if (e instanceof org.rapporteur.events.membership.ParticipationCategoriesAmended a) {
                if (a.added() != null) {
                    a.added().forEach(category -> added.put(category.key(), category));
                }
                if (a.removed() != null) {
                    a.removed().forEach(added::remove);
                }
            }
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
                sitting = s.number();
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
            } else if (e instanceof ReportAdopted f) {
                finalReport = f;
            }
            if (e instanceof AgendaAdopted a) {
                a.items().forEach(i -> agenda.put(i.number(), i));
            }
            if (e instanceof ImplementationReviewed r) {
                item = r.itemNumber();
            }
            String own = e instanceof org.rapporteur.events.OptionalAgendaItem a ? a.itemNumber() : null;
            if (item != null && (e instanceof WorkReported || e instanceof ImplementationReviewed
                    || e instanceof ComplianceDeclared || e instanceof DocumentConsidered)
                    && e.moment().plenarySession() != null) {
                workSessionsByItem.computeIfAbsent(item, k -> new TreeSet<>()).add(e.moment().plenarySession());
            }
            opened |= e instanceof MeetingOpened;
            if (e instanceof PlenarySessionOpened && firstSitting == null) {
                // the opening of the first sitting is the meeting's, when its opening is not logged itself
                firstSitting = new Occurrence(ReportFact.OPENING, action, item, occurrences.size());
                occurrences.add(firstSitting);
            }
            ReportFact kind = kindOf(e);
            if (kind != null) {
                Occurrence o = new Occurrence(kind, action, own != null ? own : item, occurrences.size());
                occurrences.add(o);
                sittingOf.put(o, sitting);
            }
        }
        if (opened && firstSitting != null) {
            occurrences.remove(firstSitting);
        }
        occurrences.sort(meetingOrder(sittingOf));
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
        Map<ReportFact, List<Occurrence>> byKind = new EnumMap<>(ReportFact.class);
        Map<Occurrence, Integer> index = new java.util.IdentityHashMap<>();
        for (int i = 0; i < occurrences.size(); i++) {
            Occurrence o = occurrences.get(i);
            byKind.computeIfAbsent(o.kind(), k -> new ArrayList<>()).add(o);
            index.put(o, i);
        }
        byKind.replaceAll((k, v) -> List.copyOf(v));
        return new MeetingFacts(convened, List.copyOf(convenedIds), president, presidentIds, datesChanged,
                datesChangedIds, Collections.unmodifiableMap(documents), Set.copyOf(withdrawn), List.copyOf(documentEventIds),
                Map.copyOf(agenda), Collections.unmodifiableSortedMap(sessionDates), List.copyOf(sessionIds),
                Collections.unmodifiableMap(participants), finalReport, Map.copyOf(sessionsByItem), List.copyOf(occurrences),
                Collections.unmodifiableMap(added), Collections.unmodifiableMap(byKind), Collections.unmodifiableMap(index));
    }
}
