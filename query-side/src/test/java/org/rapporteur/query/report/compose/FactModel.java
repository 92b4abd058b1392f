package org.rapporteur.query.report.compose;

import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.MeetingMoment;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.profiles.BodyProfile;
import org.rapporteur.profiles.ReportFact;
import org.rapporteur.query.history.EffectiveAction;
import org.rapporteur.query.history.RecordedEvent;
import org.rapporteur.query.report.ReportDocument.Problem;
import org.rapporteur.query.report.facts.FactGatherer;
import org.rapporteur.query.report.facts.MeetingFacts;
import org.rapporteur.query.report.facts.Occurrence;
import org.rapporteur.query.report.wording.Footnotes;
import org.rapporteur.query.report.wording.Phrasing;
import org.rapporteur.query.report.wording.Wording;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A small hand-built meeting of a shipped body (its Ninth session, in Geneva from 6 May 2030), its facts gathered,
 * and what one composer writes of some kinds of fact, as {@link Composition} would call it.
 */
final class FactModel {

    static final LocalDate DAY = LocalDate.of(2030, 5, 6);

    private final String profile;
    private final List<MeetingEvent> events = new ArrayList<>();

    FactModel(String profile) {
        this(profile, null, null);
    }

    /** The meeting convened under {@code convention} with {@code mandate} (either may be null). */
    FactModel(String profile, MeetingConvened.Convention convention, MeetingConvened.Mandate mandate) {
        this.profile = profile;
        events.add(new MeetingConvened(MeetingMoment.outsidePlenary(DAY.minusMonths(3)), profile, convention, 9, "session",
                new MeetingConvened.Venue("Geneva", "CHE"), DAY, DAY.plusDays(4), "X/9", mandate, null, null));
    }

    /** The meeting as the {@code ordinal}th of its series (the ninth unless told). */
    FactModel numbered(int ordinal) {
        MeetingConvened c = (MeetingConvened) events.get(0);
        events.set(0, new MeetingConvened(c.moment(), c.profile(), c.convention(), ordinal, c.meetingKind(), c.venue(),
                c.startsOn(), c.endsOn(), c.symbolPrefix(), c.mandate(), c.scheduledBy(), c.convenedUnder()));
        return this;
    }

    /** The {@code n}th sitting, held on the {@code n}th day. */
    static MeetingMoment sitting(int n) {
        return MeetingMoment.inPlenary(n, DAY.plusDays(n - 1));
    }

    static MeetingMoment sitting(int n, LocalTime at) {
        return new MeetingMoment(n, DAY.plusDays(n - 1), at);
    }

    FactModel log(MeetingEvent... logged) {
        events.addAll(List.of(logged));
        return this;
    }

    MeetingFacts facts() {
        List<EffectiveAction> actions = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            String id = "e" + i;
            RecordedEvent recorded = new RecordedEvent(id, i, Instant.EPOCH.plusSeconds(i), "test", events.get(i));
            actions.add(new EffectiveAction(recorded, events.get(i), List.of(id)));
        }
        return FactGatherer.gather(actions);
    }

    Context context(String language) {
        BodyProfile body = ReportGenerator.defaultProfiles().require(profile);
        return new Context(facts(), new Phrasing(Wording.of(body, language)), body);
    }

    /** The paragraphs {@code composer} writes of {@code kinds} (standing ones once, occurrences in meeting order). */
    Written write(Composer composer, String language, ReportFact... kinds) {
        Context c = context(language);
        List<Object> blocks = new ArrayList<>();
        c.into(blocks);
        for (ReportFact kind : kinds) {
            if (composer.isStanding(kind)) {
                composer.standing(kind, c);
                continue;
            }
            for (Occurrence o : c.facts.of(kind)) {
                if (!c.told(o)) {
                    c.at(o);
                    composer.occurred(o, c);
                    c.tell(o);
                }
            }
        }
        List<DraftParagraph> paragraphs = blocks.stream().filter(b -> b instanceof DraftParagraph)
                .map(b -> (DraftParagraph) b).toList();
        return new Written(paragraphs.stream().map(FactModel::text).toList(),
                paragraphs.stream().map(DraftParagraph::eventIds).toList(), c.say.problems());
    }

    private static String text(DraftParagraph p) {
        return p.text().stream().map(piece -> piece instanceof Footnotes.Words w ? w.text() : "[note]")
                .collect(Collectors.joining());
    }

    /** What was written: each paragraph's text and events, and the problems listed. */
    record Written(List<String> paragraphs, List<List<String>> eventIds, List<Problem> problems) {
    }
}
