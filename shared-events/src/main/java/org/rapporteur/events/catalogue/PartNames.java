package org.rapporteur.events.catalogue;

import java.util.Map;

/**
 * The public name of every part of the facts (a record within them that is not a value type), as the API documents
 * it ({@code person}, {@code meeting-moment}): chosen here, never a Java class's name, so that moving or renaming a
 * class leaves the API as it is.
 */
public final class PartNames {

    private static final Map<Class<?>, String> NAMES = Map.ofEntries(
            Map.entry(org.rapporteur.events.MeetingMoment.class, "meeting-moment"),
            Map.entry(org.rapporteur.events.Person.class, "person"),
            Map.entry(org.rapporteur.events.Holder.class, "holder"),
            Map.entry(org.rapporteur.events.Speaker.class, "speaker"),
            Map.entry(org.rapporteur.events.Note.class, "note"),
            Map.entry(org.rapporteur.events.DocumentReference.class, "document-reference"),
            Map.entry(org.rapporteur.events.SessionRef.class, "session-reference"),
            Map.entry(org.rapporteur.events.agenda.AgendaItem.class, "agenda-item"),
            Map.entry(org.rapporteur.events.agenda.AgendaAmended.Amendment.class, "agenda-amendment"),
            Map.entry(org.rapporteur.events.coordinators.Seat.class, "coordinator-seat"),
            Map.entry(org.rapporteur.events.coordinators.Term.class, "coordinator-term"),
            Map.entry(org.rapporteur.events.coordinators.ThematicCoordinatorsAppointed.Area.class, "thematic-area"),
            Map.entry(org.rapporteur.events.coordinators.WorkingGroupCoordinatorsAppointed.Group.class, "working-group"),
            Map.entry(org.rapporteur.events.decisions.Annex.class, "decision-annex"),
            Map.entry(org.rapporteur.events.decisions.Clause.class, "clause"),
            Map.entry(org.rapporteur.events.decisions.Sentence.class, "sentence"),
            Map.entry(org.rapporteur.events.decisions.ExtensionRequestGranted.Observation.class, "extension-observation"),
            Map.entry(org.rapporteur.events.decisions.ExtensionRequestGranted.Reporting.class, "extension-reporting"),
            Map.entry(org.rapporteur.events.experts.ExpertMember.class, "expert-member"),
            Map.entry(org.rapporteur.events.finance.BudgetApproved.Line.class, "budget-line"),
            Map.entry(org.rapporteur.events.finance.Money.class, "money"),
            Map.entry(org.rapporteur.events.meeting.MeetingConvened.Convention.class, "convention"),
            Map.entry(org.rapporteur.events.meeting.MeetingConvened.Venue.class, "venue"),
            Map.entry(org.rapporteur.events.meeting.MeetingConvened.Mandate.class, "mandate"),
            Map.entry(org.rapporteur.events.meeting.MeetingConvened.PriorDecision.class, "prior-decision"),
            Map.entry(org.rapporteur.events.meeting.MeetingConvened.ConveningResolution.class, "convening-resolution"),
            Map.entry(org.rapporteur.events.meeting.OpeningCeremonyHeld.Speaker.class, "ceremony-speaker"),
            Map.entry(org.rapporteur.events.meeting.OpeningCeremonyHeld.Screening.class, "ceremony-screening"),
            Map.entry(org.rapporteur.events.membership.ParticipationCategory.class, "participation-category"),
            Map.entry(org.rapporteur.events.officers.Ballot.class, "ballot"),
            Map.entry(org.rapporteur.events.officers.Ballot.Candidate.class, "ballot-candidate"),
            Map.entry(org.rapporteur.events.officers.ElectedOfficer.class, "elected-officer"),
            Map.entry(org.rapporteur.events.officers.TermOfOffice.class, "term-of-office"),
            Map.entry(org.rapporteur.events.participation.Organisation.class, "organisation"),
            Map.entry(org.rapporteur.events.subsidiary.Chair.class, "chair"),
            Map.entry(org.rapporteur.events.work.ActionRange.class, "action-range"),
            Map.entry(org.rapporteur.events.work.WorkReported.Topic.class, "work-topic"),
            Map.entry(org.rapporteur.events.work.WorkReported.Updater.class, "work-updater"),
            Map.entry(org.rapporteur.events.languages.TextsTranslated.Rendering.class, "text-rendering"));

    private PartNames() {
    }

    /** The part's public name, or null when the type is not a part of the facts. */
    public static String of(Class<?> part) {
        return NAMES.get(part);
    }

    /** Every part's public name, by its type. */
    public static Map<Class<?>, String> all() {
        return NAMES;
    }
}
