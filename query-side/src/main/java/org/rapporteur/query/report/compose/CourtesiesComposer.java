package org.rapporteur.query.report.compose;

import org.rapporteur.events.statements.CourtesiesExpressed;
import org.rapporteur.profiles.ReportFact;
import org.rapporteur.query.report.facts.Occurrence;

import java.util.List;
import java.util.Set;

/** Thanks expressed by speakers (usually for groups) to the host, the officers, the secretariat and others. */
final class CourtesiesComposer implements Composer {

    @Override
    public Set<ReportFact> reports() {
        return Set.of(ReportFact.COURTESIES);
    }

    @Override
    public void occurred(Occurrence o, Context c) {
        CourtesiesExpressed e = (CourtesiesExpressed) o.facts();
        List<String> speakers = e.by().stream().map(s -> Speakers.inText(c, s)).toList();
        List<String> thanked = e.thanked().stream().map(t -> c.say.say("courtesies.thanked", "thanked", t)).toList();
        c.paragraph(c.say.say("courtesies", "speakers", c.say.list(speakers), "count", speakers.size(),
                "thanked", c.say.list(thanked)), o.eventIds());
    }
}
