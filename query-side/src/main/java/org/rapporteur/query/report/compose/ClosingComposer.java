package org.rapporteur.query.report.compose;

import org.rapporteur.profiles.ReportFact;
import org.rapporteur.query.report.facts.Occurrence;

import java.util.Set;

/** The end of the report: where its list of documents is, the adoption of the report itself, and the closure. */
final class ClosingComposer implements Composer {

    @Override
    public Set<ReportFact> reports() {
        return Set.of(ReportFact.DOCUMENTS_ANNEX, ReportFact.REPORT_ADOPTED, ReportFact.CLOSING);
    }

    @Override
    public boolean isStanding(ReportFact fact) {
        return fact == ReportFact.DOCUMENTS_ANNEX;
    }

    @Override
    public void standing(ReportFact fact, Context c) {
        if (c.facts.documents().isEmpty() || !c.first("documents-annex")) {
            return;
        }
        c.say.about(c.facts.documentEventIds());
        String annex = c.annexNumber(org.rapporteur.profiles.ReportOutline.AnnexKind.DOCUMENTS);
        if (annex == null) {
            c.say.problem("the outline states where the list of documents is (documents-annex) but has no annex of"
                    + " kind 'documents'; the sentence is left out");
            return;
        }
        c.paragraph(c.say.say("annex.paragraph", "meeting", c.names.titleInText(), "annex", annex), c.facts.documentEventIds());
    }

    @Override
    public void occurred(Occurrence o, Context c) {
        if (c.outlined(ReportFact.DOCUMENTS_ANNEX)) {
            standing(ReportFact.DOCUMENTS_ANNEX, c);
        }
        if (o.facts() instanceof org.rapporteur.events.meeting.MeetingClosed closed) {
            c.say.about(o.eventIds());
            c.paragraph(c.say.say("closing", "meeting", c.names.titleInText(), "date", c.say.date(closed.moment().date()),
                    "time", c.say.time(closed.moment())), o.eventIds());
            return;
        }
        c.say.about(o.eventIds());
        Proceedings.reportAdopted(o, (org.rapporteur.events.decisions.ReportAdopted) o.facts(), c);
    }
}
