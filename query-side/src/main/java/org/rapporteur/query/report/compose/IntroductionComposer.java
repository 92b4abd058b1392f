package org.rapporteur.query.report.compose;

import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.events.officers.PresidentDesignated;
import org.rapporteur.profiles.ReportFact;
import org.rapporteur.query.report.wording.Phrasing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How the meeting came to be: the mandate to convene it, the decision that scheduled it with the designation of
 * its President (one paragraph: "the president with the scheduling"), and the resolution it was convened under.
 */
final class IntroductionComposer implements Composer {

    @Override
    public Set<ReportFact> reports() {
        return Set.of(ReportFact.MANDATE, ReportFact.SCHEDULING, ReportFact.PRESIDENCY, ReportFact.CONVENING);
    }

    @Override
    public boolean isStanding(ReportFact fact) {
        return true;
    }

    @Override
    public void standing(ReportFact fact, Context c) {
        MeetingConvened m = c.facts.convened();
        c.say.about(c.facts.convenedIds());
        switch (fact) {
            case MANDATE -> mandate(m, c);
            case SCHEDULING -> scheduling(m, c, true);
            case PRESIDENCY -> {
                if (!c.outlined(ReportFact.SCHEDULING)) {
                    scheduling(m, c, false);
                }
            }
            case CONVENING -> convening(m, c);
            default -> {
            }
        }
    }

    private static void mandate(MeetingConvened m, Context c) {
        MeetingConvened.Mandate mandate = m.mandate();
        if (mandate == null) {
            return;
        }
        String article = m.convention() == null ? null : m.convention().meetingsArticle();
        c.paragraph(c.say.say("mandate", "article", orNone(article),
                "convention", c.names.body(), "conventionOf", conventionOf(c), "body", named(c, mandate.body()), "sessions", orNone(c.texts.of(mandate.bodySessions())),
                "frequency", orNone(c.texts.of(mandate.frequency())), "until", orNone(named(c, mandate.until())),
                "duration", orNone(c.texts.of(mandate.maximumDuration())), "series", c.names.text(c.profile.body().session()),
                "note", Notes.reference(c, mandate.reference())), c.facts.convenedIds());
    }

    /** The scheduling decision and, with it, the President's designation and term. */
    private static void scheduling(MeetingConvened m, Context c, boolean scheduled) {
        Prose text = new Prose(c.say);
        List<String> ids = new ArrayList<>(c.facts.convenedIds());
        if (scheduled && m.scheduledBy() != null) {
            text.sentence(c.say.say("scheduling", "body", named(c, m.scheduledBy().body()),
                    "sessions", orNone(c.texts.of(m.scheduledBy().bodySessions())),
                    "pursuant", m.mandate() != null && c.outlined(ReportFact.MANDATE) ? "yes" : "no",
                    "meeting", c.names.meeting(), "dates", c.say.range(m.startsOn(), m.endsOn(), "range"),
                    "city", c.names.city(m.venue().city()), "note", Notes.reference(c, m.scheduledBy().reference())));
        }
        PresidentDesignated president = c.facts.president();
        if (president != null && c.outlined(ReportFact.PRESIDENCY)) {
            ids.addAll(c.facts.presidentIds());
            c.say.about(c.facts.presidentIds());
            String position = c.names.position(president.president());
            text.sentence(c.say.say("presidency", "president", c.names.named(president.president()),
                    "position", position == null ? Phrasing.NONE : position, "also", text.isEmpty() ? "no" : "yes",
                    "note", Notes.reference(c, president.reference()), "meeting", c.names.titleInText(),
                    "designatedBy", president.designatedBy() == null ? Phrasing.NONE : c.names.recorded(president.designatedBy())));
            if (president.termDecidedBy() != null) {
                text.sentence(c.say.say("presidency.term", "decidedBy", c.names.recorded(president.termDecidedBy()),
                        "pronoun", Names.pronoun(president.president()), "previous", c.names.previousInSeries(m.ordinal()),
                        "meeting", c.names.meeting()));
            }
        }
        c.paragraph(text.toString(), ids);
    }

    private static void convening(MeetingConvened m, Context c) {
        MeetingConvened.ConveningResolution r = m.convenedUnder();
        if (r == null) {
            return;
        }
        c.paragraph(c.say.say("convening", "paragraph", r.paragraph(), "resolution", r.resolution(),
                "conference", orNone(c.names.recorded(r.mandatingConference())), "meeting", c.names.titleInText()),
                c.facts.convenedIds());
    }

    /** An optional fact: the wording's "none" when it was not recorded. */
    private static String orNone(String fact) {
        return fact == null || fact.isBlank() ? Phrasing.NONE : fact;
    }

    /**
     * The body's own name after "of", with its article: the names table's for its English name, else the one its first
     * word gives ("of the Arms Trade Treaty", "du Traité sur le commerce des armes", "de la Convention ...").
     */
    private static String conventionOf(Context c) {
        String own = c.names.body();
        String english = c.profile.body().name() == null ? null : c.profile.body().name().in("en").orElse(null);
        RecordedNames.Named named = RecordedNames.of(c.say.language(), c.profile, english);
        return own == null ? null : c.names.withArticle(named == null ? own : named.name(),
                named == null ? RecordedNames.articleOfUnknown(c.say, own) : named.article(), "of");
    }

    /**
     * A body or session recorded by name, as the language names it; one written with marks ("{session:review-conference:4}")
     * is the body's session as its profile names it in the report's language.
     */
    private static String named(Context c, String recorded) {
        return recorded == null || org.rapporteur.text.Marks.in(recorded).isEmpty() ? c.names.recorded(recorded)
                : AdoptedText.expand(c, recorded, List.of(), List.of());
    }
}
