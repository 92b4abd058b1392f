package org.rapporteur.query.report.compose;

import org.rapporteur.events.experts.ExpertBodyMembersElected;
import org.rapporteur.events.experts.ExpertMember;
import org.rapporteur.profiles.ReportFact;
import org.rapporteur.query.report.facts.Occurrence;
import org.rapporteur.query.report.wording.Phrasing;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Members of an expert or treaty body elected or selected: each member an item, with region, nomination and term. */
final class ExpertBodiesComposer implements Composer {

    @Override
    public Set<ReportFact> reports() {
        return Set.of(ReportFact.EXPERT_BODIES);
    }

    @Override
    public void occurred(Occurrence o, Context c) {
        ExpertBodyMembersElected e = (ExpertBodyMembersElected) o.facts();
        List<String> items = new ArrayList<>();
        for (int k = 0; k < e.members().size(); k++) {
            ExpertMember m = e.members().get(k);
            String region = c.names.region(m.member().region());
            items.add(c.say.say("expert-bodies.member", "person", c.names.holder(m.member()),
                    "region", region == null ? Phrasing.NONE : region,
                    "nominatedBy", m.nominatedBy() == null ? Phrasing.NONE : c.names.stateInText(m.nominatedBy(), "text"),
                    "until", m.term() == null || m.term().until() == null ? Phrasing.NONE : c.names.session(m.term().until()),
                    "continuing", m.continuing()) + c.say.itemEnd(k == e.members().size() - 1));
        }
        c.paragraph(c.say.say("expert-bodies.elected", "at", c.atSession(o.session()), "body", e.body(),
                "bodyOf", c.names.bodyInText(e.body(), "of"),
                "count", e.members().size(), "mode", e.mode()), o.eventIds(), items, false);
    }
}
