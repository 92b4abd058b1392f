package org.rapporteur.query.report.compose;

import org.rapporteur.events.Text;
import org.rapporteur.events.documents.DocumentKind;
import org.rapporteur.events.documents.DocumentSubmitted;
import org.rapporteur.events.work.DocumentConsidered;
import org.rapporteur.events.work.WorkReported;
import org.rapporteur.profiles.ReportFact;
import org.rapporteur.query.report.facts.Occurrence;
import org.rapporteur.query.report.wording.Phrasing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reports on the work of the intersessional programme, each with the documents considered after it under the same
 * agenda item at the same sitting (rule "a work report with the documents it considered"); a document considered
 * on its own is a paragraph of its own.
 */
final class WorkReportsComposer implements Composer {

    @Override
    public Set<ReportFact> reports() {
        return Set.of(ReportFact.WORK_REPORTS, ReportFact.DOCUMENTS_CONSIDERED);
    }

    @Override
    public void occurred(Occurrence o, Context c) {
        if (o.facts() instanceof DocumentConsidered d) {
            c.paragraph(considered(d, c), o.eventIds());
        } else {
            reported(o, (WorkReported) o.facts(), c);
        }
    }

    /** The documents considered after {@code report} and before the next report, under its item at its sitting. */
    private static List<Occurrence> consideredWith(Occurrence report, Context c) {
        List<Occurrence> with = new ArrayList<>();
        List<Occurrence> all = c.facts.occurrences();
        for (int i = c.facts.indexOf(report) + 1; i < all.size(); i++) {
            Occurrence o = all.get(i);
            if (!Objects.equals(o.session(), report.session()) || !Objects.equals(o.moment().date(), report.moment().date())) {
                break;
            }
            if (Objects.equals(o.item(), report.item())) {
                if (o.kind() == ReportFact.WORK_REPORTS) {
                    break;
                }
                if (o.kind() == ReportFact.DOCUMENTS_CONSIDERED && !c.told(o)) {
                    with.add(o);
                }
            }
        }
        return with;
    }

    private static void reported(Occurrence o, WorkReported w, Context c) {
        List<String> ids = new ArrayList<>(o.eventIds());
        String name = c.texts.of(w.topic().name());
        Prose text = new Prose(c.say);
        StringBuilder first = new StringBuilder(c.contextOpening(", "));
        String actions = w.actions() == null ? null : actionRange(c, w.actions().from(), w.actions().to());
        boolean reporter = w.coordinators() != null || w.reporter() != null;
        if (w.actions() != null && !reporter) {
            first.append(c.say.say("work.considered-with-actions", "name", name, "actions", actions, "plan", c.names.plan()));
        } else {
            first.append(c.say.say("work.considered", "kind", w.topic().kind(), "name", name == null ? Phrasing.NONE : name,
                    "article", w.article() == null ? Phrasing.NONE : w.article().text(),
                    "further", name == null ? "" : c.say.say("work.considered.further", "name", name)));
        }
        text.sentence(first.toString());
        StringBuilder submitted = new StringBuilder();
        if (w.submitted() != null) {
            for (String symbol : w.submitted()) {
                submitted.append(c.say.say("work.submitted", "title", c.titleOf(symbol), "symbol", symbol));
            }
        }
        String actionsPart = w.actions() == null || !reporter ? ""
                : c.say.say("work.actions", "actions", actions, "plan", c.names.plan());
        String scope = w.scope() == null ? "" : ", " + AdoptedText.expand(c, c.texts.of(w.scope()), List.of(), List.of());
        String activities = w.activities() != null ? AdoptedText.expand(c, c.texts.of(w.activities()), List.of(), List.of())
                : w.article() != null ? c.say.say("work.activities", "article", w.article().text(),
                "obligations", w.obligations() == null ? Phrasing.NONE : c.texts.of(w.obligations())) : Phrasing.NONE;
        if (w.coordinators() != null && !w.coordinators().isEmpty()) {
            int count = w.coordinators().size();
            String reporters = w.speakingState() != null && count > 1
                    ? c.say.say("work.on-behalf-of", "speaker", c.names.stateInText(w.speakingState(), "text"),
                    "coordinators", c.names.statesInText(w.coordinators(), "text"),
                    "coordinatorsOf", c.names.statesInText(w.coordinators(), "of"))
                    : c.names.statesInText(w.coordinators(), "text");
            String capacity = w.capacity() != null ? AdoptedText.expand(c, c.texts.of(w.capacity()), List.of(), List.of())
                    : c.say.say("work.capacity", "kind", w.topic().kind(), "count", count, "name", name == null ? Phrasing.NONE : name);
            // one State speaking on behalf of the coordinators is the subject the verb agrees with
            int speaking = w.speakingState() != null && count > 1 ? 1 : count;
            text.sentence(c.say.say("work.reported", "reporters", reporters, "count", count, "speaking", speaking, "capacity", capacity,
                    "activities", activities, "actions", actionsPart, "scope", scope, "submitted", submitted.toString()));
        } else if (w.reporter() != null) {
            String position = c.names.position(w.reporter());
            text.sentence(c.say.say("work.reported-by-person", "reporter", c.names.named(w.reporter()),
                    "position", position == null ? Phrasing.NONE : position, "capacity", w.capacity() == null ? Phrasing.NONE
                    : AdoptedText.expand(c, c.texts.of(w.capacity()), List.of(), List.of()),
                    "pronoun", Names.pronoun(w.reporter()), "activities", activities, "actions", actionsPart, "scope", scope, "submitted", submitted.toString()));
        }
        for (Occurrence d : consideredWith(o, c)) {
            c.tell(d);
            c.say.about(d.eventIds());
            text.sentence(considered((DocumentConsidered) d.facts(), c));
            ids.addAll(d.eventIds());
        }
        c.say.about(o.eventIds());
        if (w.updatesBy() != null && !w.updatesBy().isEmpty()) {
            List<String> who = new ArrayList<>();
            for (WorkReported.Updater u : w.updatesBy()) {
                String kind = c.say.say("work.updaters", "who", u.who());
                who.add(u.qualifier() == null ? kind : kind + " " + AdoptedText.expand(c, c.texts.of(u.qualifier()), List.of(), List.of()));
            }
            String by = who.size() == 1 ? who.get(0) : c.say.say("work.updaters.as-well-as",
                    "first", String.join(", ", who.subList(0, who.size() - 1)), "last", who.get(who.size() - 1));
            text.sentence(c.say.say("work.updates", "topic", w.updatesOn() == null ? Phrasing.NONE
                    : AdoptedText.expand(c, c.texts.of(w.updatesOn()), List.of(), List.of()), "by", by));
        }
        c.paragraph(text.toString(), ids);
    }

    static String actionRange(Context c, int from, int to) {
        return c.say.say("action-range", "from", String.valueOf(from), "to", String.valueOf(to),
                "span", from == to ? "one" : to == from + 1 ? "two" : "range");
    }

    private static String considered(DocumentConsidered d, Context c) {
        DocumentSubmitted doc = c.facts.documents().get(d.symbol());
        String note = "";
        if (d.coSubmitters() != null) {
            List<String> names = new ArrayList<>();
            if (d.coSubmitters().states() != null) {
                names.addAll(c.names.listedShort(d.coSubmitters().states()));
            }
            if (d.coSubmitters().organisations() != null) {
                d.coSubmitters().organisations().forEach(o -> names.add(c.names.recorded(o)));
            }
            note = Notes.text(c, c.say.say("footnote.submitted-by", "list", c.say.list(names)));
        }
        String kind = doc != null && doc.kind() == DocumentKind.WORKING_PAPER
                ? (d.withRecommendations() ? "recommendations" : "working_paper") : "document";
        String by = c.texts.of(d.submittedBy() != null ? d.submittedBy() : doc != null ? doc.submittedBy() : null);
        return c.say.say("document-considered", "kind", kind, "title", c.titleOf(d.symbol()), "by", by,
                "note", note, "symbol", Text.text(d.symbol()));
    }
}
