package org.rapporteur.query.report.compose;

import org.rapporteur.events.Text;
import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.agenda.AgendaAdopted;
import org.rapporteur.events.agenda.ProgrammeOfWorkNoted;
import org.rapporteur.events.agenda.RulesOfProcedureConfirmed;
import org.rapporteur.events.meeting.MeetingOpened;
import org.rapporteur.events.meeting.OpeningCeremonyHeld;
import org.rapporteur.events.participation.ObserverStatusConfirmed;
import org.rapporteur.events.participation.Organisation;
import org.rapporteur.profiles.ReportFact;
import org.rapporteur.query.report.facts.Occurrence;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The sittings and the opening: how many plenary sessions were held, the opening with its ceremony (one
 * paragraph, whichever was logged first), and the organisation of work adopted at one sitting (agenda, rules,
 * programme, observers: one paragraph per sitting).
 */
final class OpeningComposer implements Composer {

    @Override
    public Set<ReportFact> reports() {
        return Set.of(ReportFact.SESSIONS, ReportFact.OPENING, ReportFact.ORGANISATION_OF_WORK);
    }

    @Override
    public boolean isStanding(ReportFact fact) {
        return fact == ReportFact.SESSIONS;
    }

    @Override
    public void standing(ReportFact fact, Context c) {
        if (c.facts.sessionDates().isEmpty()) {
            return;
        }
        List<LocalDate> dates = new ArrayList<>(c.facts.sessionDates().values());
        LocalDate first = dates.get(0);
        LocalDate last = dates.stream().max(Comparator.naturalOrder()).orElseThrow();
        // sittings are numbered in order: the eighth opened means eight held, whether or not all were logged
        int held = Math.max(c.facts.sessionDates().size(), c.facts.sessionDates().lastKey());
        if (held > 1 && c.facts.finalReport() != null && c.facts.convened().endsOn().isAfter(last)) {
            last = c.facts.convened().endsOn();
        }
        c.say.about(c.facts.sessionIds());
        c.paragraph(c.say.say("sessions", "meeting", c.names.titleInText(), "count", held,
                "dates", c.say.range(first, last, "between"), "fromTo", c.say.range(first, last, "from"),
                "sameDay", first.equals(last)), c.facts.sessionIds());
    }

    @Override
    public void occurred(Occurrence o, Context c) {
        if (o.kind() == ReportFact.OPENING) {
            opening(o, c);
        } else {
            organisationOfWork(o, c);
        }
    }

    /** Rule "the opening with its ceremony": the opening and the ceremony of the same sitting in one paragraph. */
    private static void opening(Occurrence o, Context c) {
        List<Occurrence> together = new ArrayList<>();
        for (Occurrence other : c.facts.of(ReportFact.OPENING)) {
            if (!c.told(other) && Objects.equals(other.session(), o.session())) {
                together.add(other);
            }
        }
        MeetingOpened opened = null;
        org.rapporteur.events.meeting.PlenarySessionOpened sitting = null;
        List<OpeningCeremonyHeld> ceremonies = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Occurrence t : together) {
            c.tell(t);
            if (t.facts() instanceof MeetingOpened m && opened == null) {
                opened = m;
                ids.addAll(0, t.eventIds());
            } else if (t.facts() instanceof org.rapporteur.events.meeting.PlenarySessionOpened s) {
                sitting = s;
                ids.addAll(0, t.eventIds());
            } else if (t.facts() instanceof OpeningCeremonyHeld h) {
                ceremonies.add(h);
                ids.addAll(t.eventIds());
            }
        }
        Prose text = new Prose(c.say);
        if (opened != null) {
            MeetingOpened m = opened;
            c.say.about(ids);
            text.sentence(c.say.say("opening", "date", c.say.date(m.moment().date()),
                    "person", m.openedBy() == null ? org.rapporteur.query.report.wording.Phrasing.NONE : c.names.personOf(m.openedBy()),
                    "capacity", m.capacity() == null ? MeetingOpened.Capacity.PRESIDENT : m.capacity(),
                    "meeting", c.names.meeting(), "previous", previous(c, m.capacity()),
                    "time", c.say.time(m.moment()),
                    "gender", c.names.gender(java.util.Collections.singletonList(
                            m.openedBy() == null ? null : new org.rapporteur.events.Holder(m.openedBy(), null, null)))));
        } else if (sitting != null) {
            c.say.about(ids);
            text.sentence(c.say.say("opening", "date", c.say.date(sitting.moment().date()),
                    "person", org.rapporteur.query.report.wording.Phrasing.NONE,
                    "capacity", MeetingOpened.Capacity.PRESIDENT, "meeting", c.names.meeting(),
                    "previous", previous(c, MeetingOpened.Capacity.PRESIDENT), "time", c.say.time(sitting.moment()),
                    "gender", Names.GENDER_UNKNOWN));
        }
        for (OpeningCeremonyHeld ceremony : ceremonies) {
            List<String> speakers = new ArrayList<>();
            for (OpeningCeremonyHeld.Speaker s : ceremony.speakers()) {
                speakers.add(speaker(s, c));
            }
            text.sentence(c.say.say("opening.ceremony", "speakers", speakers.contains(null) ? null : c.say.separated(speakers)));
            if (ceremony.screenings() != null) {
                for (OpeningCeremonyHeld.Screening s : ceremony.screenings()) {
                    text.sentence(c.say.say("opening.screening", "what", c.texts.of(s.what()), "title", c.texts.of(s.title())));
                }
            }
        }
        c.paragraph(text.toString(), ids);
    }

    private static String speaker(OpeningCeremonyHeld.Speaker s, Context c) {
        String name = c.names.named(s.honorific(), s.name(), c.names.gender(null, s.honorific()));
        String who;
        if (s.titleFirst() && s.title() != null) {
            who = c.texts.of(s.title()) + ", " + name;
        } else if (s.title() != null) {
            who = name + ", " + AdoptedText.expand(c, c.texts.of(s.title()), List.of(), List.of());
            who = s.state() != null ? c.say.say("person.of-state", "person", who, "state", c.names.state(s.state())) : who;
        } else {
            who = s.state() != null ? c.say.say("person.of-state", "person", name, "state", c.names.state(s.state())) : name;
        }
        if (s.onBehalfOf() != null) {
            who = c.say.say("person.on-behalf-of", "person", who, "body", s.onBehalfOf(),
                    "bodyOf", c.names.recordedInText(s.onBehalfOf(), "of"));
        }
        if (s.alsoDelivered() != null) {
            List<Organisation> bodies = s.alsoOnBehalfOf() == null ? List.of() : s.alsoOnBehalfOf();
            who = c.say.say("opening.also-delivered", "speaker", who, "message", c.texts.of(s.alsoDelivered()),
                    "bodies", c.say.list(bodies.stream().map(o -> Speakers.the(c, o.name(), c.names.organisation(o))).toList()),
                    "bodiesOf", c.say.list(bodies.stream().map(o -> c.names.organisationInText(o, "of")).toList()));
        }
        return who;
    }

    /** Rule "the organisation of work of one sitting in one paragraph": agenda, rules and programme, then observers. */
    private static void organisationOfWork(Occurrence o, Context c) {
        List<Occurrence> sitting = c.facts.of(ReportFact.ORGANISATION_OF_WORK).stream()
                .filter(other -> !c.told(other) && Objects.equals(other.session(), o.session())).toList();
        List<String> ids = new ArrayList<>();
        List<String> clauses = new ArrayList<>();
        String observers = null;
        for (Class<?> kind : List.of(AgendaAdopted.class, org.rapporteur.events.agenda.AgendaAmended.class,
                RulesOfProcedureConfirmed.class, org.rapporteur.events.agenda.RulesOfProcedureAdopted.class,
                org.rapporteur.events.agenda.DecisionMakingAgreed.class, ProgrammeOfWorkNoted.class,
                org.rapporteur.events.agenda.ProgrammeOfWorkAdopted.class, ObserverStatusConfirmed.class)) {
            for (Occurrence t : sitting) {
                MeetingEvent e = t.facts();
                if (!kind.isInstance(e)) {
                    continue;
                }
                c.tell(t);
                ids.addAll(t.eventIds());
                c.say.about(t.eventIds());
                if (e instanceof AgendaAdopted a) {
                    clauses.add(c.say.say("organisation-of-work.agenda", "symbol", Text.text(a.documentSymbol())));
                } else if (e instanceof RulesOfProcedureConfirmed r) {
                    clauses.add(c.say.say("organisation-of-work.rules", "symbol", Text.text(r.documentSymbol())));
                } else if (e instanceof ProgrammeOfWorkNoted p) {
                    clauses.add(c.say.say("organisation-of-work.programme", "symbol", Text.text(p.documentSymbol()),
                            "title", p.title() != null ? c.texts.of(p.title()) : c.titleOf(p.documentSymbol())));
                } else if (e instanceof org.rapporteur.events.agenda.AgendaAmended a) {
                    clauses.add(c.say.say("organisation-of-work.agenda-amended", "count", a.amendments().size()));
                } else if (e instanceof org.rapporteur.events.agenda.RulesOfProcedureAdopted r) {
                    clauses.add(c.say.say("organisation-of-work.rules-adopted", "status", r.status(),
                            "symbol", r.documentSymbol() == null ? org.rapporteur.query.report.wording.Phrasing.NONE : r.documentSymbol().text()));
                } else if (e instanceof org.rapporteur.events.agenda.DecisionMakingAgreed d) {
                    clauses.add(c.say.say("organisation-of-work.decision-making", "mode", d.mode(),
                            "lastResort", d.votingAsLastResort() ? "yes" : "no",
                            "rule", d.rule() == null ? org.rapporteur.query.report.wording.Phrasing.NONE : d.rule()));
                } else if (e instanceof org.rapporteur.events.agenda.ProgrammeOfWorkAdopted p) {
                    clauses.add(c.say.say("organisation-of-work.programme-adopted", "amended", p.amended(),
                            "symbol", p.documentSymbol() == null ? org.rapporteur.query.report.wording.Phrasing.NONE : p.documentSymbol().text()));
                } else if (e instanceof ObserverStatusConfirmed s) {
                    observers = c.say.say("organisation-of-work.observers", "unanimously", s.unanimously(),
                            "rule", rule(c, s));
                }
            }
        }
        Prose text = new Prose(c.say);
        if (!clauses.isEmpty()) {
            String at = o.session() == null ? "" : c.say.say("at-session", "session", o.session(), "date", c.say.date(o.moment().date())) + " ";
            text.sentence(c.say.say("organisation-of-work", "at", at, "clauses", c.say.clauses(clauses)));
        }
        text.sentence(observers);
        c.previousSession(o.session());
        c.paragraph(text.toString(), ids);
    }

    /** The rule the confirmed organisations participate under: their category's, the profile's or one the meeting added. */
    private static String rule(Context c, ObserverStatusConfirmed s) {
        return c.ruleOfCategory(s.bodyCategory() != null ? s.bodyCategory()
                : s.category().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }

    /** The session before this one, which only an outgoing President's opening names: needed then, and missing at a first session. */
    private static String previous(Context c, MeetingOpened.Capacity capacity) {
        String previous = c.names.previousInSeries(c.facts.convened().ordinal());
        return previous == null && capacity != MeetingOpened.Capacity.OUTGOING_PRESIDENT ? org.rapporteur.query.report.wording.Phrasing.NONE : previous;
    }
}
