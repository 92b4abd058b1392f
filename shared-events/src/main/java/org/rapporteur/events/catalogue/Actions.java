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
 * The catalogue of every kind of fact a meeting can record, each under the public name chosen for it here: scenario
 * files, HTTP, the timeline and docs/vocabulary.md use these names. A kind's family (its HTTP path) is its package.
 */
public final class Actions {

    private static final Map<String, Class<? extends MeetingEvent>> BY_NAME = new LinkedHashMap<>();
    private static final Map<Class<?>, String> NAMES = new LinkedHashMap<>();

    static {
        // The meeting and its sessions
        kind("meeting-convened", MeetingConvened.class);
        kind("meeting-dates-changed", MeetingDatesChanged.class);
        kind("meeting-opened", MeetingOpened.class);
        kind("meeting-closed", MeetingClosed.class);
        kind("plenary-session-opened", PlenarySessionOpened.class);
        kind("plenary-session-closed", PlenarySessionClosed.class);
        kind("next-session-decided", NextSessionDecided.class);
        // Participation (the CCM's categories) and membership (the body's own categories)
        kind("participants-registered", ParticipantsRegistered.class);
        kind("participants-removed", ParticipantsRemoved.class);
        kind("observer-status-confirmed", ObserverStatusConfirmed.class);
        kind("membership-reported", MembershipReported.class);
        kind("attendance-recorded", AttendanceRecorded.class);
        kind("participation-categories-amended", ParticipationCategoriesAmended.class);
        kind("participants-admitted", ParticipantsAdmitted.class);
        // Officers
        kind("president-designated", PresidentDesignated.class);
        kind("secretariat-member-served", SecretariatMemberServed.class);
        kind("secretary-general-confirmed", SecretaryGeneralConfirmed.class);
        kind("officers-elected", OfficersElected.class);
        kind("acting-officer-designated", ActingOfficerDesignated.class);
        kind("rotation-understanding-recorded", RotationUnderstandingRecorded.class);
        // Credentials
        kind("credentials-examined", CredentialsExamined.class);
        kind("credentials-report-approved", CredentialsReportApproved.class);
        // Rules, agenda and organisation of work
        kind("agenda-adopted", AgendaAdopted.class);
        kind("agenda-amended", AgendaAmended.class);
        kind("rules-of-procedure-confirmed", RulesOfProcedureConfirmed.class);
        kind("rules-of-procedure-adopted", RulesOfProcedureAdopted.class);
        kind("decision-making-agreed", DecisionMakingAgreed.class);
        kind("programme-of-work-noted", ProgrammeOfWorkNoted.class);
        kind("programme-of-work-adopted", ProgrammeOfWorkAdopted.class);
        kind("agenda-item-taken-up", AgendaItemTakenUp.class);
        kind("agenda-item-concluded", AgendaItemConcluded.class);
        // Working bodies
        kind("subsidiary-body-established", SubsidiaryBodyEstablished.class);
        kind("subsidiary-body-reported", SubsidiaryBodyReported.class);
        kind("subsidiary-body-report-acted-on", SubsidiaryBodyReportActedOn.class);
        // Documents
        kind("document-submitted", DocumentSubmitted.class);
        kind("document-withdrawn", DocumentWithdrawn.class);
        // Work of the meeting (the CCM's) and statements (any body's)
        kind("opening-ceremony-held", OpeningCeremonyHeld.class);
        kind("statements-delivered", StatementsDelivered.class);
        kind("extension-request-presented", ExtensionRequestPresented.class);
        kind("analysis-presented", AnalysisPresented.class);
        kind("implementation-reviewed", ImplementationReviewed.class);
        kind("work-reported", WorkReported.class);
        kind("document-considered", DocumentConsidered.class);
        kind("compliance-declared", ComplianceDeclared.class);
        kind("statement-delivered", StatementDelivered.class);
        kind("written-statement-circulated", WrittenStatementCirculated.class);
        kind("reservations-recorded", ReservationsRecorded.class);
        kind("courtesies-expressed", CourtesiesExpressed.class);
        // Decisions
        kind("decision-adopted", DecisionAdopted.class);
        kind("numbered-decision-adopted", NumberedDecisionAdopted.class);
        kind("vote-recorded", VoteRecorded.class);
        kind("consideration-deferred", ConsiderationDeferred.class);
        kind("coordinators-appreciated", CoordinatorsAppreciated.class);
        kind("extension-request-granted", ExtensionRequestGranted.class);
        kind("working-group-coordinators-appointed", WorkingGroupCoordinatorsAppointed.class);
        kind("thematic-coordinators-appointed", ThematicCoordinatorsAppointed.class);
        kind("next-president-elected", NextPresidentElected.class);
        kind("estimated-costs-adopted", EstimatedCostsAdopted.class);
        kind("intersessional-meetings-decided", IntersessionalMeetingsDecided.class);
        kind("review-conference-presidency-decided", ReviewConferencePresidencyDecided.class);
        kind("report-adopted", ReportAdopted.class);
        // Expert and treaty bodies, money
        kind("expert-body-members-elected", ExpertBodyMembersElected.class);
        kind("contribution-pledged", ContributionPledged.class);
        kind("budget-approved", BudgetApproved.class);
        // Corrections
        kind("action-corrected", ActionCorrected.class);
        kind("action-withdrawn", ActionWithdrawn.class);
    }

    private static final List<Class<? extends MeetingEvent>> ALL = List.copyOf(BY_NAME.values());

    private Actions() {
    }

    private static void kind(String name, Class<? extends MeetingEvent> type) {
        if (BY_NAME.putIfAbsent(name, type) != null || NAMES.putIfAbsent(type, name) != null) {
            throw new IllegalStateException("kind " + name + " (" + type.getSimpleName() + ") is catalogued twice");
        }
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

    /** Why a name is not a kind: a retired kind names the one to use instead. */
    public static String unknown(String name) {
        return RetiredKinds.replacement(name).map(use -> name + " is no longer recorded: use " + use)
                .orElse(name + " is not a kind of action");
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
