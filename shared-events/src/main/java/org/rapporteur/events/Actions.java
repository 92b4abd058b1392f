package org.rapporteur.events;

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
import org.rapporteur.events.officers.VicePresidentsElected;
import org.rapporteur.events.participation.ObserverStatusConfirmed;
import org.rapporteur.events.participation.ParticipantsRegistered;
import org.rapporteur.events.participation.ParticipantsRemoved;

import java.util.LinkedHashMap;
import org.rapporteur.events.coordinators.ThematicCoordinatorsAppointed;
import org.rapporteur.events.coordinators.WorkingGroupCoordinatorsAppointed;
import org.rapporteur.events.decisions.CoordinatorsAppreciated;
import org.rapporteur.events.decisions.DecisionAdopted;
import org.rapporteur.events.decisions.EstimatedCostsAdopted;
import org.rapporteur.events.decisions.ExtensionRequestGranted;
import org.rapporteur.events.decisions.FinalReportAdopted;
import org.rapporteur.events.meeting.IntersessionalMeetingsDecided;
import org.rapporteur.events.meeting.NextMeetingScheduled;
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

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of every kind of fact a meeting can record. Each kind's name is its event class in kebab case
 * ({@code VicePresidentsElected} is {@code vice-presidents-elected}); scenario files, HTTP and the timeline use it.
 */
public final class Actions {
    private static final ClassValue<String> NAMES = new ClassValue<>() {
        @Override
        protected String computeValue(Class<?> type) {
            return type.getSimpleName().replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
        }
    };

    private static final List<Class<? extends MeetingEvent>> ALL = List.of(
            MeetingConvened.class, MeetingDatesChanged.class, MeetingOpened.class, MeetingClosed.class,
            PlenarySessionOpened.class, PlenarySessionClosed.class,
            ParticipantsRegistered.class, ParticipantsRemoved.class, ObserverStatusConfirmed.class,
            PresidentDesignated.class, SecretariatMemberServed.class, VicePresidentsElected.class,
            SecretaryGeneralConfirmed.class,
            AgendaAdopted.class, RulesOfProcedureConfirmed.class, ProgrammeOfWorkNoted.class,
            AgendaItemTakenUp.class, AgendaItemConcluded.class,
            DocumentSubmitted.class, DocumentWithdrawn.class,
            OpeningCeremonyHeld.class, StatementsDelivered.class, ExtensionRequestPresented.class, AnalysisPresented.class,
            ImplementationReviewed.class, WorkReported.class, DocumentConsidered.class, ComplianceDeclared.class,
            DecisionAdopted.class, CoordinatorsAppreciated.class, ExtensionRequestGranted.class,
            WorkingGroupCoordinatorsAppointed.class, ThematicCoordinatorsAppointed.class,
            NextPresidentElected.class, NextMeetingScheduled.class, EstimatedCostsAdopted.class,
            IntersessionalMeetingsDecided.class, ReviewConferencePresidencyDecided.class, FinalReportAdopted.class,
            ActionCorrected.class, ActionWithdrawn.class);

    private static final Map<String, Class<? extends MeetingEvent>> BY_NAME = new LinkedHashMap<>();

    static {
        ALL.forEach(type -> BY_NAME.put(name(type), type));
    }

    private Actions() {
    }

    public static List<Class<? extends MeetingEvent>> all() {
        return ALL;
    }

    public static Optional<Class<? extends MeetingEvent>> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static String name(Class<?> type) {
        return NAMES.get(type);
    }

}
