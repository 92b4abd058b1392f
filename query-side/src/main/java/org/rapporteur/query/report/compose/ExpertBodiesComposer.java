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
        List<ExpertMember> elected = e.members().stream().filter(m -> !m.continuing()).toList();
        List<ExpertMember> continuing = e.members().stream().filter(ExpertMember::continuing).toList();
        List<String> items = new ArrayList<>();
        for (int k = 0; k < elected.size(); k++) {
            ExpertMember m = elected.get(k);
            String region = c.names.region(m.member().region());
            items.add(c.say.say("expert-bodies.member", "person", c.names.holder(m.member()),
                    "region", region == null ? Phrasing.NONE : region,
                    "nominatedBy", m.nominatedBy() == null ? Phrasing.NONE : c.names.stateInText(m.nominatedBy(), "text"),
                    "until", m.term() == null || m.term().until() == null ? Phrasing.NONE : c.names.session(m.term().until()))
                    + c.say.itemEnd(k == elected.size() - 1));
        }
        String bodyOf = c.names.bodyInText(e.body(), "of");
        if (!elected.isEmpty()) {
            c.paragraph(c.say.say("expert-bodies.elected", "at", c.atSession(o.session()), "body", e.body(),
                    "bodyOf", bodyOf, "count", elected.size(), "mode", e.mode()), o.eventIds(), items, false);
        }
        if (!continuing.isEmpty()) {
            // members whose terms run on are named, not listed as elected
            c.paragraph(c.say.say("expert-bodies.continuing", "members",
                    c.say.list(continuing.stream().map(m -> c.names.holder(m.member())).toList()),
                    "count", continuing.size(), "bodyOf", bodyOf), o.eventIds());
        }
    }
}
