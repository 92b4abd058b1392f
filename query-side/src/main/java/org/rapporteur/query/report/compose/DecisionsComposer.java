package org.rapporteur.query.report.compose;

import org.rapporteur.events.decisions.CoordinatorsAppreciated;
import org.rapporteur.events.decisions.DecisionAdopted;
import org.rapporteur.events.decisions.ExtensionRequestGranted;
import org.rapporteur.events.decisions.Sentence;
import org.rapporteur.events.work.AnalysisPresented;
import org.rapporteur.events.work.ExtensionRequestPresented;
import org.rapporteur.profiles.ReportFact;
import org.rapporteur.query.report.facts.Occurrence;
import org.rapporteur.query.report.wording.Phrasing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decisions as adopted (their wording is the meeting's), appreciation of coordinators, and extensions granted,
 * introduced once and each under the State's name.
 */
final class DecisionsComposer implements Composer {

    @Override
    public Set<ReportFact> reports() {
        return Set.of(ReportFact.DECISIONS, ReportFact.APPRECIATION, ReportFact.EXTENSIONS_GRANTED);
    }

    @Override
    public void occurred(Occurrence o, Context c) {
        if (o.facts() instanceof org.rapporteur.events.decisions.NumberedDecisionAdopted
                || o.facts() instanceof org.rapporteur.events.decisions.VoteRecorded
                || o.facts() instanceof org.rapporteur.events.decisions.ConsiderationDeferred) {
            Proceedings.decision(o, c);
        } else if (o.facts() instanceof org.rapporteur.events.statements.ReservationsRecorded r) {
            Proceedings.reservations(o, r, c);
        } else if (o.facts() instanceof DecisionAdopted d) {
            Context adopted = c.adoptedLanguage();
            String opening = d.citesAgendaItem() ? c.contextOpening("", adopted.say) : "";
            Prose text = new Prose(c.say);
            for (int s = 0; s < d.sentences().size(); s++) {
                text.sentence(AdoptedText.sentence(adopted, d.sentences().get(s), s == 0 ? opening : ""));
            }
            c.paragraph(text + c.adoptedNote(), o.eventIds());
        } else if (o.facts() instanceof CoordinatorsAppreciated a) {
            c.paragraph(c.say.say("appreciation", "states", c.names.statesInText(a.states(), "text"), "count", a.states().size(),
                    "area", c.texts.of(a.area())), o.eventIds());
        } else if (o.facts() instanceof ExtensionRequestGranted g) {
            if (c.first("extensions.introduction")) {
                introduction(o, g, c);
            }
            granted(o, g, c);
        }
    }

    private static void introduction(Occurrence o, ExtensionRequestGranted g, Context c) {
        Optional<AnalysisPresented> analysis = c.facts.occurrences().stream().map(Occurrence::facts)
                .filter(AnalysisPresented.class::isInstance).map(AnalysisPresented.class::cast).findFirst();
        String article = c.facts.occurrences().stream().map(Occurrence::facts)
                .filter(ExtensionRequestPresented.class::isInstance).map(e -> ((ExtensionRequestPresented) e).article().text())
                .findFirst().orElse(g.article().text());
        String context = c.contextOpening("");
        String group = analysis.map(AnalysisPresented::onBehalfOf).orElse(null);
        c.paragraph(c.say.say("extensions.introduction", "context", context.isEmpty() ? Phrasing.NONE : context,
                "group", group == null ? Phrasing.NONE : group,
                "groupText", group == null ? Phrasing.NONE : c.names.bodyInText(group, "text"), "article", article), o.eventIds());
    }

    private static void granted(Occurrence o, ExtensionRequestGranted g, Context c) {
        List<String> ids = o.eventIds();
        c.heading(c.names.stateListed(g.state()));
        String state = c.names.stateShortInText(g.state(), "text");
        String base = g.article().article();
        c.paragraph(c.say.say("extensions.granted", "state", state,
                "deadline", c.say.say("extensions.deadline", "article", base), "article", g.article().text(),
                "period", c.say.say("count", "count", g.years(), "unit", "year"), "date", c.say.date(g.newDeadline()),
                "adoption", g.adoption() == null ? Phrasing.NONE : g.adoption()), ids);
        Context adopted = c.adoptedLanguage();
        if (g.observations() != null) {
            for (ExtensionRequestGranted.Observation observation : g.observations()) {
                Prose text = new Prose(c.say);
                List<Sentence> sentences = observation.sentences() == null ? List.of() : observation.sentences();
                for (int s = 0; s < sentences.size(); s++) {
                    String opening = s == 0 && observation.inGranting() ? adopted.say.say("extensions.in-granting") : "";
                    text.sentence(AdoptedText.sentence(adopted, sentences.get(s), opening));
                }
                c.paragraph(text + c.adoptedNote(), ids);
            }
        }
        boolean reported = g.reporting() != null && g.reporting().items() != null && !g.reporting().items().isEmpty();
        if (reported) {
            List<String> items = new ArrayList<>();
            List<String> raw = g.reporting().items();
            for (int k = 0; k < raw.size(); k++) {
                items.add(c.say.capitalise(AdoptedText.expand(adopted, raw.get(k), List.of(g.state()), List.of()))
                        + adopted.say.itemEnd(k == raw.size() - 1));
            }
            c.paragraph(c.say.say("extensions.reporting", "state", state, "annually", g.reporting().annually()), ids, items, true);
        }
        if (g.keepApprised()) {
            c.paragraph(c.say.say("extensions.apprised", "state", state, "article", g.article().text(),
                    "reported", reported ? "yes" : "no"), ids);
        }
    }
}
