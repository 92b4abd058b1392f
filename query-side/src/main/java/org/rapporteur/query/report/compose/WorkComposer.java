package org.rapporteur.query.report.compose;

import org.rapporteur.events.StateCode;
import org.rapporteur.events.agenda.AgendaItem;
import org.rapporteur.events.officers.SecretaryGeneralConfirmed;
import org.rapporteur.events.work.AnalysisPresented;
import org.rapporteur.events.work.ComplianceDeclared;
import org.rapporteur.events.work.ExtensionRequestPresented;
import org.rapporteur.events.work.ImplementationReviewed;
import org.rapporteur.events.work.Speakers;
import org.rapporteur.events.work.StatementsDelivered;
import org.rapporteur.profiles.ReportFact;
import org.rapporteur.query.report.facts.Occurrence;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The work of the plenary: officers elected and confirmed, requests presented with their analyses (one paragraph
 * per agenda item), statements (one paragraph per agenda item, whatever the sittings), the review of
 * implementation and declarations of compliance.
 */
final class WorkComposer implements Composer {

    @Override
    public Set<ReportFact> reports() {
        return Set.of(ReportFact.OFFICERS_ELECTED, ReportFact.SECRETARY_GENERAL, ReportFact.REQUESTS,
                ReportFact.STATEMENTS, ReportFact.IMPLEMENTATION_REVIEW, ReportFact.COMPLIANCE);
    }

    @Override
    public void occurred(Occurrence o, Context c) {
        if (o.facts() instanceof org.rapporteur.events.statements.StatementDelivered s) {
            Proceedings.statements(o, s, c);
            return;
        } else if (o.facts() instanceof org.rapporteur.events.statements.WrittenStatementCirculated w) {
            Proceedings.circulated(o, w, c);
            return;
        }
        switch (o.kind()) {
            case OFFICERS_ELECTED -> Elections.write(o, c);
            case SECRETARY_GENERAL -> {
                SecretaryGeneralConfirmed s = (SecretaryGeneralConfirmed) o.facts();
                c.paragraph(c.say.say("secretary-general", "at", c.atSession(s.moment().plenarySession()),
                        "unanimously", s.unanimously(), "person", c.names.personWithPosition(s.secretaryGeneral()),
                        "meeting", c.names.meeting()), o.eventIds());
            }
            case REQUESTS -> requests(o, c);
            case STATEMENTS -> statements(o, c);
            case IMPLEMENTATION_REVIEW -> reviewed(o, (ImplementationReviewed) o.facts(), c);
            case COMPLIANCE -> compliance(o, (ComplianceDeclared) o.facts(), c);
            default -> {
            }
        }
    }

    /** Rule "requests under one item in one paragraph": the requests presented and the analyses of them. */
    private static void requests(Occurrence o, Context c) {
        List<String> ids = new ArrayList<>();
        TreeSet<Integer> sessions = new TreeSet<>();
        List<String> requesting = new ArrayList<>();
        String article = null;
        LinkedHashSet<StateCode> presenters = new LinkedHashSet<>();
        List<String> symbols = new ArrayList<>();
        String group = null;
        for (Occurrence other : c.facts.of(ReportFact.REQUESTS)) {
            if (c.told(other) || !Objects.equals(other.item(), o.item())) {
                continue;
            }
            c.tell(other);
            ids.addAll(other.eventIds());
            if (other.session() != null) {
                sessions.add(other.session());
            }
            if (other.facts() instanceof ExtensionRequestPresented r) {
                requesting.add(c.names.stateInText(r.state(), "text"));
                article = r.article().text();
            } else if (other.facts() instanceof AnalysisPresented a) {
                presenters.addAll(a.presentedBy());
                symbols.add(a.documentSymbol().text());
                group = a.onBehalfOf();
            }
        }
        c.say.about(ids);
        Prose text = new Prose(c.say);
        if (!requesting.isEmpty()) {
            String base = article.contains(".") ? article.substring(0, article.indexOf('.')) : article;
            text.sentence(c.say.say("requests", "at", c.atSessions(sessions, true), "count", requesting.size(),
                    "article", article, "states", c.say.list(requesting),
                    "obligation", c.say.say("requests.obligation", "article", base)));
        }
        if (!symbols.isEmpty()) {
            text.sentence(c.say.say("analyses", "presenters", c.names.statesInText(new ArrayList<>(presenters), "text"),
                    "presenting", presenters.size(), "group", group,
                    "groupOf", c.names.bodyInText(group, "of"), "symbols", c.say.list(symbols), "count", symbols.size()));
        }
        c.paragraph(text.toString(), ids);
    }

    /** Rule "statements under one item in one paragraph", whichever sittings they were delivered at. */
    private static void statements(Occurrence o, Context c) {
        List<String> ids = new ArrayList<>();
        TreeSet<Integer> sessions = new TreeSet<>();
        LinkedHashSet<Speakers> by = new LinkedHashSet<>();
        for (Occurrence other : c.facts.of(ReportFact.STATEMENTS)) {
            if (c.told(other) || !Objects.equals(other.item(), o.item())) {
                continue;
            }
            c.tell(other);
            StatementsDelivered s = (StatementsDelivered) other.facts();
            ids.addAll(other.eventIds());
            by.addAll(s.by());
            if (other.session() != null) {
                sessions.add(other.session());
            }
        }
        c.say.about(ids);
        c.paragraph(c.say.say("statements", "at", c.atSessions(sessions, true),
                "by", c.say.list(by.stream().map(s -> c.say.say("statements.speakers", "speakers", s)).toList())), ids);
    }

    private static void reviewed(Occurrence o, ImplementationReviewed r, Context c) {
        AgendaItem item = c.item(r.itemNumber());
        String title = item == null ? null : item.title();
        // the prefix of the title as recorded: what follows it is rendered in the report's language
        String prefix = c.adopted.sayIfAny("agenda.consideration-prefix");
        if (title != null && prefix != null && !prefix.isEmpty() && title.startsWith(prefix)) {
            title = title.substring(prefix.length());
        }
        title = c.texts.of(title);
        SortedSet<Integer> sessions = c.facts.workSessionsByItem().getOrDefault(r.itemNumber(), new TreeSet<>());
        c.currentItem(r.itemNumber());
        c.paragraph(c.say.say("implementation-review", "at", c.atSessions(sessions, false), "item", title,
                "plan", c.names.plan(), "symbol", r.progressReport(), "title", c.titleOf(r.progressReport())), o.eventIds());
    }

    private static void compliance(Occurrence o, ComplianceDeclared d, Context c) {
        String context = c.contextOpening("");
        if (context.isEmpty()) {
            context = c.say.say("decision.subject");
        }
        c.paragraph(c.say.say("compliance", "context", context,
                "action", d.pursuantToAction() == null ? "none" : String.valueOf(d.pursuantToAction()),
                "plan", d.pursuantToAction() == null ? "" : c.names.plan(), "article", d.article().text(),
                "states", c.names.statesInText(d.states(), "text"), "count", d.states().size()), o.eventIds());
    }
}
