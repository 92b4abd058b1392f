package org.rapporteur.events.catalogue;

import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.agenda.AgendaAdopted;
import org.rapporteur.events.agenda.AgendaItemConcluded;
import org.rapporteur.events.agenda.AgendaItemTakenUp;
import org.rapporteur.events.agenda.ProgrammeOfWorkNoted;
import org.rapporteur.events.agenda.RulesOfProcedureConfirmed;
import org.rapporteur.events.corrections.ActionCorrected;
import org.rapporteur.events.corrections.ActionWithdrawn;
import org.rapporteur.events.documents.DocumentSubmitted;
import org.rapporteur.events.documents.DocumentWithdrawn;
import org.rapporteur.events.meeting.MeetingClosed;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.events.meeting.MeetingDatesChanged;
import org.rapporteur.events.meeting.MeetingOpened;
import org.rapporteur.events.meeting.PlenarySessionClosed;
import org.rapporteur.events.meeting.PlenarySessionOpened;
import org.rapporteur.events.officers.PresidentDesignated;
import org.rapporteur.events.officers.SecretariatMemberServed;
import org.rapporteur.events.officers.SecretaryGeneralConfirmed;
import org.rapporteur.events.participation.ObserverStatusConfirmed;
import org.rapporteur.events.participation.ParticipantsRegistered;
import org.rapporteur.events.participation.ParticipantsRemoved;

import org.rapporteur.events.coordinators.ThematicCoordinatorsAppointed;
import org.rapporteur.events.coordinators.WorkingGroupCoordinatorsAppointed;
import org.rapporteur.events.decisions.CoordinatorsAppreciated;
import org.rapporteur.events.decisions.DecisionAdopted;
import org.rapporteur.events.decisions.EstimatedCostsAdopted;
import org.rapporteur.events.decisions.ExtensionRequestGranted;
import org.rapporteur.events.meeting.IntersessionalMeetingsDecided;
import org.rapporteur.events.meeting.OpeningCeremonyHeld;
import org.rapporteur.events.officers.NextPresidentElected;
import org.rapporteur.events.officers.ReviewConferencePresidencyDecided;
import org.rapporteur.events.work.AnalysisPresented;
import org.rapporteur.events.work.ComplianceDeclared;
import org.rapporteur.events.work.DocumentConsidered;
import org.rapporteur.events.work.ExtensionRequestPresented;
import org.rapporteur.events.work.ImplementationReviewed;
import org.rapporteur.events.work.StatementsDelivered;
import org.rapporteur.events.work.WorkReported;
import org.rapporteur.events.agenda.AgendaAmended;
import org.rapporteur.events.agenda.DecisionMakingAgreed;
import org.rapporteur.events.agenda.ProgrammeOfWorkAdopted;
import org.rapporteur.events.agenda.RulesOfProcedureAdopted;
import org.rapporteur.events.credentials.CredentialsExamined;
import org.rapporteur.events.credentials.CredentialsReportApproved;
import org.rapporteur.events.decisions.ConsiderationDeferred;
import org.rapporteur.events.decisions.NumberedDecisionAdopted;
import org.rapporteur.events.decisions.ReportAdopted;
import org.rapporteur.events.decisions.VoteRecorded;
import org.rapporteur.events.experts.ExpertBodyMembersElected;
import org.rapporteur.events.finance.BudgetApproved;
import org.rapporteur.events.finance.ContributionPledged;
import org.rapporteur.events.languages.TextsTranslated;
import org.rapporteur.events.meeting.NextSessionDecided;
import org.rapporteur.events.membership.AttendanceRecorded;
import org.rapporteur.events.membership.MembershipReported;
import org.rapporteur.events.membership.ParticipantsAdmitted;
import org.rapporteur.events.membership.ParticipationCategoriesAmended;
import org.rapporteur.events.officers.ActingOfficerDesignated;
import org.rapporteur.events.officers.OfficersElected;
import org.rapporteur.events.officers.RotationUnderstandingRecorded;
import org.rapporteur.events.statements.CourtesiesExpressed;
import org.rapporteur.events.statements.ReservationsRecorded;
import org.rapporteur.events.statements.StatementDelivered;
import org.rapporteur.events.statements.WrittenStatementCirculated;
import org.rapporteur.events.subsidiary.SubsidiaryBodyEstablished;
import org.rapporteur.events.subsidiary.SubsidiaryBodyReportActedOn;
import org.rapporteur.events.subsidiary.SubsidiaryBodyReported;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of every kind of fact a meeting can record, each under the public name chosen for it here, in the
 * family (the HTTP path) chosen for it here: scenario files, HTTP, OpenAPI, the console, the timeline, stored
 * corrections and docs/vocabulary.md use these names, never a Java class's or package's.
 */
public final class Actions {

    private static final Map<String, Class<? extends MeetingEvent>> BY_NAME = new LinkedHashMap<>();
    private static final Map<Class<?>, String> NAMES = new LinkedHashMap<>();
    private static final Map<String, Family> FAMILIES = new LinkedHashMap<>();
    private static final Map<Class<?>, Family> FAMILY_OF = new LinkedHashMap<>();

    // The families, in the order the API documents them (convening itself is POST /api/meetings)
    private static final Family SESSIONS = family("sessions", "The meeting and its sessions");
    private static final Family PARTICIPANTS = family("participants", "Who takes part, and as what");
    private static final Family MEMBERSHIP = family("membership", "Membership and attendance, in the body's own categories");
    private static final Family OFFICERS = family("officers", "Officers and the secretariat");
    private static final Family CREDENTIALS = family("credentials", "Credentials");
    private static final Family AGENDA = family("agenda", "Rules, agenda and organisation of work");
    private static final Family WORKING_BODIES = family("working-bodies", "Subsidiary bodies and their reports");
    private static final Family DOCUMENTS = family("documents", "Documents");
    private static final Family WORK = family("work", "Work of the meeting: requests, reviews, reports of work");
    private static final Family STATEMENTS = family("statements", "Statements");
    private static final Family DECISIONS = family("decisions", "Decisions");
    private static final Family COORDINATORS = family("coordinators", "Coordinators");
    private static final Family EXPERT_BODIES = family("expert-bodies", "Expert and treaty bodies");
    private static final Family FINANCE = family("finance", "Contributions and budgets");
    private static final Family LANGUAGES = family("languages", "The meeting's texts in the body's other languages");
    private static final Family CORRECTIONS = family("corrections", "Corrections and withdrawals");

    static {
        // The meeting and its sessions
        kind("meeting-convened", SESSIONS, MeetingConvened.class);
        kind("meeting-dates-changed", SESSIONS, MeetingDatesChanged.class);
        kind("meeting-opened", SESSIONS, MeetingOpened.class);
        kind("meeting-closed", SESSIONS, MeetingClosed.class);
        kind("plenary-session-opened", SESSIONS, PlenarySessionOpened.class);
        kind("plenary-session-closed", SESSIONS, PlenarySessionClosed.class);
        kind("next-session-decided", SESSIONS, NextSessionDecided.class);
        // Participation (the CCM's categories) and membership (the body's own categories)
        kind("participants-registered", PARTICIPANTS, ParticipantsRegistered.class);
        kind("participants-removed", PARTICIPANTS, ParticipantsRemoved.class);
        kind("observer-status-confirmed", PARTICIPANTS, ObserverStatusConfirmed.class);
        kind("membership-reported", MEMBERSHIP, MembershipReported.class);
        kind("attendance-recorded", MEMBERSHIP, AttendanceRecorded.class);
        kind("participation-categories-amended", MEMBERSHIP, ParticipationCategoriesAmended.class);
        kind("participants-admitted", MEMBERSHIP, ParticipantsAdmitted.class);
        // Officers
        kind("president-designated", OFFICERS, PresidentDesignated.class);
        kind("secretariat-member-served", OFFICERS, SecretariatMemberServed.class);
        kind("secretary-general-confirmed", OFFICERS, SecretaryGeneralConfirmed.class);
        kind("officers-elected", OFFICERS, OfficersElected.class);
        kind("acting-officer-designated", OFFICERS, ActingOfficerDesignated.class);
        kind("rotation-understanding-recorded", OFFICERS, RotationUnderstandingRecorded.class);
        // Credentials
        kind("credentials-examined", CREDENTIALS, CredentialsExamined.class);
        kind("credentials-report-approved", CREDENTIALS, CredentialsReportApproved.class);
        // Rules, agenda and organisation of work
        kind("agenda-adopted", AGENDA, AgendaAdopted.class);
        kind("agenda-amended", AGENDA, AgendaAmended.class);
        kind("rules-of-procedure-confirmed", AGENDA, RulesOfProcedureConfirmed.class);
        kind("rules-of-procedure-adopted", AGENDA, RulesOfProcedureAdopted.class);
        kind("decision-making-agreed", AGENDA, DecisionMakingAgreed.class);
        kind("programme-of-work-noted", AGENDA, ProgrammeOfWorkNoted.class);
        kind("programme-of-work-adopted", AGENDA, ProgrammeOfWorkAdopted.class);
        kind("agenda-item-taken-up", AGENDA, AgendaItemTakenUp.class);
        kind("agenda-item-concluded", AGENDA, AgendaItemConcluded.class);
        // Working bodies
        kind("subsidiary-body-established", WORKING_BODIES, SubsidiaryBodyEstablished.class);
        kind("subsidiary-body-reported", WORKING_BODIES, SubsidiaryBodyReported.class);
        kind("subsidiary-body-report-acted-on", WORKING_BODIES, SubsidiaryBodyReportActedOn.class);
        // Documents
        kind("document-submitted", DOCUMENTS, DocumentSubmitted.class);
        kind("document-withdrawn", DOCUMENTS, DocumentWithdrawn.class);
        // Work of the meeting (the CCM's) and statements (any body's)
        kind("opening-ceremony-held", SESSIONS, OpeningCeremonyHeld.class);
        kind("statements-delivered", WORK, StatementsDelivered.class);
        kind("extension-request-presented", WORK, ExtensionRequestPresented.class);
        kind("analysis-presented", WORK, AnalysisPresented.class);
        kind("implementation-reviewed", WORK, ImplementationReviewed.class);
        kind("work-reported", WORK, WorkReported.class);
        kind("document-considered", WORK, DocumentConsidered.class);
        kind("compliance-declared", WORK, ComplianceDeclared.class);
        kind("statement-delivered", STATEMENTS, StatementDelivered.class);
        kind("written-statement-circulated", STATEMENTS, WrittenStatementCirculated.class);
        kind("reservations-recorded", STATEMENTS, ReservationsRecorded.class);
        kind("courtesies-expressed", STATEMENTS, CourtesiesExpressed.class);
        // Decisions
        kind("decision-adopted", DECISIONS, DecisionAdopted.class);
        kind("numbered-decision-adopted", DECISIONS, NumberedDecisionAdopted.class);
        kind("vote-recorded", DECISIONS, VoteRecorded.class);
        kind("consideration-deferred", DECISIONS, ConsiderationDeferred.class);
        kind("coordinators-appreciated", DECISIONS, CoordinatorsAppreciated.class);
        kind("extension-request-granted", DECISIONS, ExtensionRequestGranted.class);
        kind("working-group-coordinators-appointed", COORDINATORS, WorkingGroupCoordinatorsAppointed.class);
        kind("thematic-coordinators-appointed", COORDINATORS, ThematicCoordinatorsAppointed.class);
        kind("next-president-elected", OFFICERS, NextPresidentElected.class);
        kind("estimated-costs-adopted", DECISIONS, EstimatedCostsAdopted.class);
        kind("intersessional-meetings-decided", SESSIONS, IntersessionalMeetingsDecided.class);
        kind("review-conference-presidency-decided", OFFICERS, ReviewConferencePresidencyDecided.class);
        kind("report-adopted", DECISIONS, ReportAdopted.class);
        // Expert and treaty bodies, money
        kind("expert-body-members-elected", EXPERT_BODIES, ExpertBodyMembersElected.class);
        kind("contribution-pledged", FINANCE, ContributionPledged.class);
        kind("budget-approved", FINANCE, BudgetApproved.class);
        // The meeting's texts in the body's other languages
        kind("texts-translated", LANGUAGES, TextsTranslated.class);
        // Corrections
        kind("action-corrected", CORRECTIONS, ActionCorrected.class);
        kind("action-withdrawn", CORRECTIONS, ActionWithdrawn.class);
    }

    private static final List<Class<? extends MeetingEvent>> ALL = List.copyOf(BY_NAME.values());

    private Actions() {
    }

    private static Family family(String name, String about) {
        Family family = new Family(name, about);
        if (FAMILIES.putIfAbsent(name, family) != null) {
            throw new IllegalStateException("family " + name + " is catalogued twice");
        }
        return family;
    }

    private static void kind(String name, Family family, Class<? extends MeetingEvent> type) {
        if (!name.matches("[a-z]+(-[a-z]+)*") || BY_NAME.putIfAbsent(name, type) != null
                || NAMES.putIfAbsent(type, name) != null) {
            throw new IllegalStateException("kind " + name + " (" + type.getSimpleName() + ") is misnamed or catalogued twice");
        }
        FAMILY_OF.put(type, family);
    }

    public static List<Class<? extends MeetingEvent>> all() {
        return ALL;
    }

    public static List<String> names() {
        return List.copyOf(BY_NAME.keySet());
    }

    public static Optional<Class<? extends MeetingEvent>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** Every family, in the catalogue's order. */
    public static List<Family> families() {
        return List.copyOf(FAMILIES.values());
    }

    /** The family a catalogued kind is recorded in; empty for a type outside the catalogue. */
    public static Optional<Family> family(Class<?> type) {
        return Optional.ofNullable(FAMILY_OF.get(type));
    }

    /** The kinds of one family, in the catalogue's order. */
    public static List<Class<? extends MeetingEvent>> kinds(Family family) {
        return ALL.stream().filter(type -> FAMILY_OF.get(type).equals(family)).toList();
    }

    /** The kinds a meeting still records once it has closed ({@link org.rapporteur.events.RecordedAfterClosing}). */
    public static List<String> recordedAfterClosing() {
        return ALL.stream().filter(org.rapporteur.events.RecordedAfterClosing.class::isAssignableFrom)
                .map(Actions::name).toList();
    }

    /** Why a name is not a kind: a retired kind names the one to use instead. */
    public static String unknown(String name) {
        return RetiredKinds.replacement(name).map(use -> name + " is no longer recorded: use " + use)
                .orElse(name + " is not a kind of action");
    }

    /** The public name of a catalogued kind; empty for a type outside the catalogue. */
    public static Optional<String> catalogued(Class<?> type) {
        return Optional.ofNullable(NAMES.get(type));
    }

    /**
     * The public name of a catalogued kind. A type outside the catalogue (a test's stand-in for a kind to come) goes
     * by its class name in kebab case, so read models written for a kind by name can be tried on it.
     */
    public static String name(Class<?> type) {
        String name = NAMES.get(type);
        return name != null ? name
                : type.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }
}
