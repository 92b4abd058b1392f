package org.rapporteur.query.report.compose;

import org.rapporteur.events.StateCode;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.events.meeting.MeetingDatesChanged;
import org.rapporteur.events.officers.SecretariatMemberServed;
import org.rapporteur.events.participation.ParticipantCategory;
import org.rapporteur.profiles.ParticipationCategory;
import org.rapporteur.profiles.ReportFact;
import org.rapporteur.query.report.facts.MeetingFacts;
import org.rapporteur.query.report.facts.Occurrence;
import org.rapporteur.query.report.wording.Phrasing;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Where, when and who: the venue and dates (with the days it sat, the informal events beside it and why it was
 * shortened, in one paragraph), the secretariat, and the participants of each category.
 */
final class OrganizationComposer implements Composer {

    @Override
    public Set<ReportFact> reports() {
        return Set.of(ReportFact.VENUE_AND_DATES, ReportFact.INFORMAL_EVENTS, ReportFact.SHORTENED,
                ReportFact.SECRETARIAT, ReportFact.PARTICIPATION);
    }

    @Override
    public boolean isStanding(ReportFact fact) {
        return fact != ReportFact.SECRETARIAT;
    }

    @Override
    public void standing(ReportFact fact, Context c) {
        if (fact == ReportFact.VENUE_AND_DATES) {
            venue(c);
        } else if (fact == ReportFact.PARTICIPATION) {
            participation(c);
        }
    }

    @Override
    public void occurred(Occurrence o, Context c) {
        SecretariatMemberServed s = (SecretariatMemberServed) o.facts();
        c.paragraph(c.say.say("secretariat", "role", s.role() == null ? Phrasing.NONE : s.role(), "person", c.names.named(s.person()),
                "position", java.util.Objects.requireNonNullElse(c.names.position(s.person()), Phrasing.NONE),
                "office", s.office() == null ? Phrasing.NONE
                        : c.names.office(s.office(), 1, c.names.gender(s.person().pronoun(), s.person().honorific()))),
                o.eventIds());
    }

    private static void venue(Context c) {
        MeetingConvened m = c.facts.convened();
        MeetingDatesChanged changed = c.facts.datesChanged();
        String city = c.names.city(m.venue().city());
        String country = m.venue().country() == null ? Phrasing.NONE : c.names.stateListed(m.venue().country());
        if (changed == null) {
            c.paragraph(c.say.say("venue.held", "meeting", c.names.meeting(), "city", city, "country", country,
                    "dates", c.say.range(m.startsOn(), m.endsOn(), "range")), c.facts.convenedIds());
            return;
        }
        c.say.about(changed.sittingDays().isEmpty() ? c.facts.convenedIds() : c.facts.datesChangedIds());
        List<LocalDate> days = changed.sittingDays();
        long span = ChronoUnit.DAYS.between(m.startsOn(), m.endsOn()) + 1;
        String shortened = "";
        if (c.outlined(ReportFact.SHORTENED) && changed.reason() != null && days.size() < span) {
            int lost = (int) (span - days.size());
            shortened = Notes.text(c, c.say.say("venue.shortened", "reason", c.texts.of(changed.reason()),
                    "duration", c.say.say("count", "count", lost, "unit", "day"), "days", lost));
        }
        Prose text = new Prose(c.say).sentence(c.say.say("venue.held-on-days", "meeting", c.names.meeting(), "city", city,
                "country", country, "days", c.say.days(days), "note", shortened));
        if (c.outlined(ReportFact.INFORMAL_EVENTS) && changed.informalEventDays() != null
                && !changed.informalEventDays().isEmpty()) {
            text.sentence(c.say.say("venue.informal-events", "days",
                    c.say.list(changed.informalEventDays().stream().map(c.say::dayAndMonth).toList())));
        }
        List<String> ids = new ArrayList<>(List.of(c.facts.convenedIds().get(0)));
        ids.addAll(c.facts.datesChangedIds());
        c.paragraph(text.toString(), ids);
    }

    private static void participation(Context c) {
        for (ParticipantCategory category : ParticipantCategory.values()) {
            MeetingFacts.Participants p = c.facts.participants().get(category);
            if (p == null) {
                continue;
            }
            List<String> names = new ArrayList<>();
            names.addAll(c.names.listed(p.states().stream().map(StateCode::new).toList()));
            p.organisations().forEach(o -> names.add(c.names.organisation(o)));
            if (names.isEmpty()) {
                continue;
            }
            c.say.about(p.eventIds());
            String key = category.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
            ParticipationCategory defined = c.profile.body().participationCategories().get(key);
            if (defined == null) {
                c.say.problem("participants of category '" + key + "', which the body's profile does not define"
                        + "; record them with participants-admitted under one of its categories ("
                        + String.join(", ", c.profile.body().participationCategories().keySet()) + ")");
                continue;
            }
            c.paragraph(c.say.say("participation", "category", category, "list", c.say.list(names),
                    "name", c.names.text(defined.name()), "rule", defined.rule() == null ? Phrasing.NONE : defined.rule(),
                    "count", names.size()), p.eventIds());
        }
    }
}
