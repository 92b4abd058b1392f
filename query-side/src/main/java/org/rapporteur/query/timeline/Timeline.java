package org.rapporteur.query.timeline;

import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.corrections.ActionCorrected;
import org.rapporteur.events.corrections.ActionWithdrawn;
import org.rapporteur.events.subsidiary.SubsidiaryBodyEstablished;
import org.rapporteur.query.history.EventFacts;
import org.rapporteur.query.history.EventReadings;
import org.rapporteur.query.history.MeetingContext;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.history.RecordedEvent;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The timeline of a meeting: every logged event, corrections and withdrawals linked to what they change. */
public final class Timeline {

    private Timeline() {
    }

    /** Every event of the history in logging order. */
    public static List<TimelineEntry> of(MeetingHistory history) {
        return of(history, null);
    }

    /** The entries of the events with the given ids (all when null), in logging order, in English. */
    public static List<TimelineEntry> of(MeetingHistory history, Set<String> eventIds) {
        return of(history, eventIds, Locale.ENGLISH);
    }

    /** The entries of the events with the given ids (all when null), corrections and withdrawals worded in a language. */
    public static List<TimelineEntry> of(MeetingHistory history, Set<String> eventIds, Locale language) {
        MeetingContext context = MeetingContext.of(history);
        EventReadings readings = history.readings();
        Map<String, String> names = namesGiven(history);
        Map<String, RecordedEvent> byId = new HashMap<>();
        Map<String, MeetingEvent> currentFacts = new HashMap<>();
        Map<String, List<String>> correctedBy = new HashMap<>();
        Map<String, String> withdrawnBy = new HashMap<>();
        Map<String, String[]> versions = new HashMap<>();
        for (RecordedEvent recorded : history.events()) {
            byId.put(recorded.eventId(), recorded);
            MeetingEvent event = recorded.event();
            if (event instanceof ActionCorrected correction && byId.containsKey(correction.correctedEventId())) {
                String target = correction.correctedEventId();
                String before = ActionDescriptions.describe(currentFacts.getOrDefault(target, byId.get(target).event()), names, readings);
                versions.put(recorded.eventId(), new String[]{before, ActionDescriptions.describe(correction.corrected(), names, readings)});
                currentFacts.put(target, correction.corrected());
                correctedBy.computeIfAbsent(target, k -> new ArrayList<>()).add(recorded.eventId());
            } else if (event instanceof ActionWithdrawn withdrawal && byId.containsKey(withdrawal.withdrawnEventId())) {
                String target = withdrawal.withdrawnEventId();
                String before = ActionDescriptions.describe(currentFacts.getOrDefault(target, byId.get(target).event()), names, readings);
                versions.put(recorded.eventId(), new String[]{before, null});
                withdrawnBy.put(target, recorded.eventId());
                correctedBy.computeIfAbsent(target, k -> new ArrayList<>()).add(recorded.eventId());
            }
        }
        List<TimelineEntry> entries = new ArrayList<>();
        for (RecordedEvent recorded : history.events()) {
            if (eventIds != null && !eventIds.contains(recorded.eventId())) {
                continue;
            }
            entries.add(entry(recorded, context, readings, names, currentFacts, correctedBy, withdrawnBy, versions, language));
        }
        return entries;
    }

    /** What the meeting named by a key: its subsidiary bodies ("financial-task-team": "Financial Task Team"). */
    private static Map<String, String> namesGiven(MeetingHistory history) {
        Map<String, String> names = new HashMap<>();
        try {
            // the body's own terms by their English names: its standing bodies (they report without being
            // established) and its participation categories
            org.rapporteur.query.report.compose.ReportGenerator.defaultProfiles()
                    .byId(org.rapporteur.query.report.compose.ReportGenerator.profileIdOf(history))
                    .ifPresent(profile -> {
                        names.putAll(profile.body().standingBodies());
                        profile.body().regionalGroups().forEach((key, group) ->
                                group.in("en").ifPresent(name -> names.put(key, name)));
                        profile.body().offices().forEach((key, office) ->
                                office.in("en").ifPresent(name -> names.put(ActionDescriptions.OFFICE + key, name)));
                        profile.body().participationCategories().forEach((key, category) ->
                                category.name().in("en").ifPresent(name -> names.put(key, name)));
                    });
        } catch (org.rapporteur.profiles.ProfileException unreadable) {
            // their keys are shown
        }
        for (RecordedEvent recorded : history.events()) {
            MeetingEvent event = recorded.event() instanceof ActionCorrected correction ? correction.corrected() : recorded.event();
            if (event instanceof SubsidiaryBodyEstablished body && body.key() != null && body.name() != null) {
                names.put(body.key(), body.name());
            }
        }
        return names;
    }

    /** The entries a filter admits, in the given order. */
    public static List<TimelineEntry> select(List<TimelineEntry> entries, TimelineFilter filter, TimelineOrder order) {
        return entries.stream().filter(filter::admits).sorted(order.comparator()).toList();
    }

    private static TimelineEntry entry(RecordedEvent recorded, MeetingContext context, EventReadings readings, Map<String, String> names,
                                       Map<String, MeetingEvent> currentFacts,
                                       Map<String, List<String>> correctedBy, Map<String, String> withdrawnBy,
                                       Map<String, String[]> versions, Locale language) {
        MeetingEvent event = recorded.event();
        String id = recorded.eventId();
        TimelineEntry.Status status;
        String description;
        String corrects = null;
        String reason = null;
        String before = null;
        String after = null;
        String current = null;
        MeetingEvent statedFacts = event;
        String[] beforeAfter = versions.get(id);
        if (event instanceof ActionCorrected correction) {
            status = TimelineEntry.Status.CORRECTION;
            corrects = correction.correctedEventId();
            reason = correction.reason();
            statedFacts = correction.corrected();
            after = ActionDescriptions.describe(correction.corrected(), names, readings);
            before = beforeAfter == null ? null : beforeAfter[0];
            description = TimelineWording.corrected(language, after, before, reason);
        } else if (event instanceof ActionWithdrawn withdrawal) {
            status = TimelineEntry.Status.WITHDRAWAL;
            corrects = withdrawal.withdrawnEventId();
            reason = withdrawal.reason();
            before = beforeAfter == null ? null : beforeAfter[0];
            description = TimelineWording.withdrawn(language, before, reason);
        } else {
            description = ActionDescriptions.describe(event, names, readings);
            if (withdrawnBy.containsKey(id)) {
                status = TimelineEntry.Status.WITHDRAWN;
            } else if (correctedBy.containsKey(id)) {
                status = TimelineEntry.Status.CORRECTED;
                current = ActionDescriptions.describe(currentFacts.get(id), names, readings);
            } else {
                status = TimelineEntry.Status.RECORDED;
            }
        }
        var moment = event.moment();
        return new TimelineEntry(recorded.sequence(), id, EventFacts.kind(event),
                moment == null ? null : moment.plenarySession(), moment == null ? null : moment.date(),
                moment == null ? null : moment.time(), context.meetingTime(id),
                recorded.loggedAt(), recorded.loggedBy(),
                description, context.agendaItem(id), readings.states(statedFacts),
                status, corrects, before, after, reason, correctedBy.getOrDefault(id, List.of()), current);
    }
}
