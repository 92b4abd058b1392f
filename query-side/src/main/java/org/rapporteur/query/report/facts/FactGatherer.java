package org.rapporteur.query.report.facts;

import org.rapporteur.events.AgendaItemNumber;
import org.rapporteur.events.DocumentSymbol;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.Text;
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

    /** The report's kind of fact of each kind of event the report states. */
    private static final Map<Class<? extends MeetingEvent>, ReportFact> KINDS = new HashMap<>();
    /**
     * The kinds of event the report does not state as occurrences, and why: they inform other facts (the
     * convening, documents, agenda, sittings, participants) or change the record itself (corrections).
     */
    private static final Map<Class<? extends MeetingEvent>, String> NOT_REPORTED = new LinkedHashMap<>();

    static {
        kinds(ReportFact.OPENING, MeetingOpened.class, OpeningCeremonyHeld.class);
        kinds(ReportFact.ORGANISATION_OF_WORK, AgendaAdopted.class, RulesOfProcedureConfirmed.class,
                ProgrammeOfWorkNoted.class, ObserverStatusConfirmed.class,
                org.rapporteur.events.agenda.RulesOfProcedureAdopted.class, org.rapporteur.events.agenda.ProgrammeOfWorkAdopted.class,
                org.rapporteur.events.agenda.AgendaAmended.class, org.rapporteur.events.agenda.DecisionMakingAgreed.class);
        kinds(ReportFact.OFFICERS_ELECTED, org.rapporteur.events.officers.OfficersElected.class,
                org.rapporteur.events.officers.ActingOfficerDesignated.class,
                org.rapporteur.events.officers.RotationUnderstandingRecorded.class);
        kinds(ReportFact.SECRETARY_GENERAL, SecretaryGeneralConfirmed.class);
        kinds(ReportFact.REQUESTS, ExtensionRequestPresented.class, AnalysisPresented.class);
        kinds(ReportFact.STATEMENTS, StatementsDelivered.class, org.rapporteur.events.statements.StatementDelivered.class,
                org.rapporteur.events.statements.WrittenStatementCirculated.class);
        kinds(ReportFact.IMPLEMENTATION_REVIEW, ImplementationReviewed.class);
        kinds(ReportFact.WORK_REPORTS, WorkReported.class);
        kinds(ReportFact.DOCUMENTS_CONSIDERED, DocumentConsidered.class);
        kinds(ReportFact.COMPLIANCE, ComplianceDeclared.class);
        kinds(ReportFact.DECISIONS, DecisionAdopted.class, org.rapporteur.events.decisions.NumberedDecisionAdopted.class,
                org.rapporteur.events.decisions.VoteRecorded.class, org.rapporteur.events.decisions.ConsiderationDeferred.class,
                org.rapporteur.events.statements.ReservationsRecorded.class);
        kinds(ReportFact.APPRECIATION, CoordinatorsAppreciated.class);
        kinds(ReportFact.EXTENSIONS_GRANTED, ExtensionRequestGranted.class);
        kinds(ReportFact.COORDINATORS, WorkingGroupCoordinatorsAppointed.class, ThematicCoordinatorsAppointed.class);
        kinds(ReportFact.NEXT_PRESIDENT, NextPresidentElected.class);
        kinds(ReportFact.ESTIMATED_COSTS, EstimatedCostsAdopted.class);
        kinds(ReportFact.INTERSESSIONAL_MEETINGS, IntersessionalMeetingsDecided.class);
        kinds(ReportFact.FUTURE_PRESIDENCY, ReviewConferencePresidencyDecided.class);
        kinds(ReportFact.SECRETARIAT, SecretariatMemberServed.class);
        kinds(ReportFact.CLOSING, org.rapporteur.events.meeting.MeetingClosed.class);
        kinds(ReportFact.NEXT_MEETING, org.rapporteur.events.meeting.NextSessionDecided.class);
        kinds(ReportFact.REPORT_ADOPTED, ReportAdopted.class);
        kinds(ReportFact.MEMBERSHIP, org.rapporteur.events.membership.MembershipReported.class,
                org.rapporteur.events.membership.AttendanceRecorded.class, org.rapporteur.events.membership.ParticipantsAdmitted.class);
        kinds(ReportFact.CREDENTIALS, org.rapporteur.events.credentials.CredentialsExamined.class,
                org.rapporteur.events.credentials.CredentialsReportApproved.class);
        kinds(ReportFact.SUBSIDIARY_BODIES, org.rapporteur.events.subsidiary.SubsidiaryBodyEstablished.class,
                org.rapporteur.events.subsidiary.SubsidiaryBodyReported.class,
                org.rapporteur.events.subsidiary.SubsidiaryBodyReportActedOn.class);
        kinds(ReportFact.FINANCE, org.rapporteur.events.finance.BudgetApproved.class,
                org.rapporteur.events.finance.ContributionPledged.class);
        kinds(ReportFact.EXPERT_BODIES, org.rapporteur.events.experts.ExpertBodyMembersElected.class);
        kinds(ReportFact.COURTESIES, org.rapporteur.events.statements.CourtesiesExpressed.class);

        String convening = "part of the convening, venue and dates, which the report states as standing facts";
        NOT_REPORTED.put(MeetingConvened.class, convening);
        NOT_REPORTED.put(MeetingDatesChanged.class, convening);
        NOT_REPORTED.put(PresidentDesignated.class, "the presidency, stated as a standing fact");
        NOT_REPORTED.put(PlenarySessionOpened.class, "the sittings, stated as a standing fact (and the first as the opening)");
        NOT_REPORTED.put(org.rapporteur.events.meeting.PlenarySessionClosed.class, "the sittings, stated as a standing fact");
        NOT_REPORTED.put(ParticipantsRegistered.class, "the participants, stated as a standing fact");
        NOT_REPORTED.put(ParticipantsRemoved.class, "the participants, stated as a standing fact");
        NOT_REPORTED.put(org.rapporteur.events.membership.ParticipationCategoriesAmended.class,
                "the body's categories of participants, which name the participants admitted");
        NOT_REPORTED.put(DocumentSubmitted.class, "the documents, cited by other facts and listed in the annex");
        NOT_REPORTED.put(DocumentWithdrawn.class, "the documents, cited by other facts and listed in the annex");
        NOT_REPORTED.put(AgendaItemTakenUp.class, "the item under consideration, which places other facts");
        NOT_REPORTED.put(org.rapporteur.events.agenda.AgendaItemConcluded.class, "the item under consideration, which places other facts");
        NOT_REPORTED.put(org.rapporteur.events.languages.TextsTranslated.class,
                "the meeting's glossary, which renders recorded texts in a report in another language");
        NOT_REPORTED.put(org.rapporteur.events.corrections.ActionCorrected.class, "a correction, applied to the action it corrects");
        NOT_REPORTED.put(org.rapporteur.events.corrections.ActionWithdrawn.class, "a withdrawal, which takes the action out");
    }

    @SafeVarargs
    private static void kinds(ReportFact fact, Class<? extends MeetingEvent>... types) {
        for (Class<? extends MeetingEvent> type : types) {
            if (KINDS.put(type, fact) != null) {
                throw new IllegalStateException(type.getSimpleName() + " is given two kinds of fact");
            }
        }
    }

    /** The report's kind of fact for an event, or null when the event only informs others (documents, agenda ...). */
    static ReportFact kindOf(MeetingEvent e) {
        return KINDS.get(e.getClass());
    }

    /** The report's kind of fact for a kind of event, if the report states it as an occurrence. */
    public static java.util.Optional<ReportFact> kindOf(Class<? extends MeetingEvent> type) {
        return java.util.Optional.ofNullable(KINDS.get(type));
    }

    /** Why the report does not state events of {@code type} as occurrences, if it is declared not to. */
    public static java.util.Optional<String> notReported(Class<? extends MeetingEvent> type) {
        return java.util.Optional.ofNullable(NOT_REPORTED.get(type));
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
        Map<DocumentSymbol, DocumentSubmitted> documents = new LinkedHashMap<>();
        Set<DocumentSymbol> withdrawn = new HashSet<>();
        List<String> documentEventIds = new ArrayList<>();
        Map<AgendaItemNumber, AgendaItem> agenda = new HashMap<>();
        TreeMap<Integer, LocalDate> sessionDates = new TreeMap<>();
        List<String> sessionIds = new ArrayList<>();
        Map<ParticipantCategory, LinkedHashSet<String>> states = new EnumMap<>(ParticipantCategory.class);
        Map<ParticipantCategory, LinkedHashMap<String, Organisation>> organisations = new EnumMap<>(ParticipantCategory.class);
        Map<ParticipantCategory, List<String>> participantIds = new EnumMap<>(ParticipantCategory.class);
        ReportAdopted finalReport = null;
        Map<AgendaItemNumber, SortedSet<Integer>> workSessionsByItem = new HashMap<>();
        List<Occurrence> occurrences = new ArrayList<>();
        AgendaItemNumber item = null;
        Map<String, org.rapporteur.events.membership.ParticipationCategory> added = new LinkedHashMap<>();
        Occurrence firstSitting = null;
        int sitting = 0;
        Map<Occurrence, Integer> sittingOf = new java.util.IdentityHashMap<>();
        boolean opened = false;
        Map<String, Map<String, String>> renderings = new HashMap<>();
        for (EffectiveAction action : actions) {
            MeetingEvent e = action.facts();
            if (e instanceof org.rapporteur.events.languages.TextsTranslated t) {
                Map<String, String> glossary = renderings.computeIfAbsent(t.language(), k -> new HashMap<>());
                t.texts().forEach(r -> glossary.put(r.recorded(), r.translation()));
            }
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
                    list.addAll(Text.texts(r.states()));
                }
                LinkedHashMap<String, Organisation> orgs = organisations.computeIfAbsent(r.category(), k -> new LinkedHashMap<>());
                if (r.organisations() != null) {
                    r.organisations().forEach(o -> orgs.put(o.key(), o));
                }
                participantIds.computeIfAbsent(r.category(), k -> new ArrayList<>()).addAll(action.eventIds());
            } else if (e instanceof ParticipantsRemoved r) {
                if (r.states() != null && states.containsKey(r.category())) {
                    Text.texts(r.states()).forEach(states.get(r.category())::remove);
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
            AgendaItemNumber own = e instanceof org.rapporteur.events.OptionalAgendaItem a ? a.itemNumber() : null;
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
        Map<AgendaItemNumber, SortedSet<Integer>> sessionsByItem = new HashMap<>();
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
                Collections.unmodifiableMap(added), Collections.unmodifiableMap(byKind), Collections.unmodifiableMap(index),
                Collections.unmodifiableMap(renderings));
    }
}
