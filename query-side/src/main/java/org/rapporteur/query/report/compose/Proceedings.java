package org.rapporteur.query.report.compose;

import org.rapporteur.events.Text;
import org.rapporteur.events.StateCode;
import org.rapporteur.events.decisions.ConsiderationDeferred;
import org.rapporteur.events.decisions.NumberedDecisionAdopted;
import org.rapporteur.events.decisions.ReportAdopted;
import org.rapporteur.events.decisions.VoteRecorded;
import org.rapporteur.events.statements.ReservationsRecorded;
import org.rapporteur.events.statements.StatementDelivered;
import org.rapporteur.events.statements.WrittenStatementCirculated;
import org.rapporteur.profiles.ReportFact;
import org.rapporteur.query.report.facts.Occurrence;
import org.rapporteur.query.report.wording.Phrasing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The any-body vocabulary's statements (those of one sitting, item, kind and subject in one paragraph, in the order
 * they were delivered), numbered decisions with their operative text as adopted, recorded votes, deferrals and the
 * adoption of the report.
 */
final class Proceedings {

    private Proceedings() {
    }

    /** Rule "statements of one sitting in one paragraph": same sitting, item, kind and subject, in speaking order. */
    static void statements(Occurrence o, StatementDelivered first, Context c) {
        List<Occurrence> same = new ArrayList<>();
        for (Occurrence other : c.facts.of(ReportFact.STATEMENTS)) {
            if (!c.told(other) && other.facts() instanceof StatementDelivered s && Objects.equals(other.session(), o.session())
                    && Objects.equals(other.item(), o.item()) && s.kind() == first.kind() && Objects.equals(s.on(), first.on())) {
                same.add(other);
            }
        }
        same.sort(Comparator.comparing((Occurrence s) -> {
            Integer order = ((StatementDelivered) s.facts()).order();
            return order == null ? Integer.MAX_VALUE : order;
        }).thenComparingInt(Occurrence::position));
        List<String> speakers = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Occurrence s : same) {
            c.tell(s);
            ids.addAll(s.eventIds());
            StatementDelivered d = (StatementDelivered) s.facts();
            String who = Speakers.inText(c, d.speaker());
            speakers.add(d.onBehalfOf() == null || d.onBehalfOf().equals(Speakers.asRecorded(d.speaker())) ? who : c.say.say("person.on-behalf-of", "person", who,
                    "body", Speakers.group(c, d.onBehalfOf(), "text"),
                    "bodyOf", Speakers.group(c, d.onBehalfOf(), "of")));
        }
        c.say.about(ids);
        c.paragraph(c.say.say("statements.delivered", "at", c.atSession(o.session()), "speakers", c.say.list(speakers),
                "count", speakers.size(), "kind", first.kind(),
                "subject", first.on() == null ? Phrasing.NONE : c.titleOf(first.on()),
                // a document's title is quoted; a topic recorded as words is not
                "quoted", first.on() != null && c.facts.document(org.rapporteur.events.DocumentSymbol.of(first.on())).isPresent()), ids);
    }

    /** Rule "written statements of one sitting in one paragraph": same sitting and kind, as logged. */
    static void circulated(Occurrence o, WrittenStatementCirculated first, Context c) {
        List<String> statements = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        for (Occurrence other : c.facts.of(ReportFact.STATEMENTS)) {
            if (!c.told(other) && other.facts() instanceof WrittenStatementCirculated w
                    && Objects.equals(other.session(), o.session()) && w.kind() == first.kind()) {
                c.tell(other);
                ids.addAll(other.eventIds());
                statements.add(c.say.say("statements.circulated-one", "by", Speakers.inText(c, w.by()), "symbol", Text.text(w.documentSymbol())));
            }
        }
        c.say.about(ids);
        c.paragraph(c.say.say("statements.circulated", "at", c.atSession(o.session()), "statements", c.say.list(statements),
                "count", statements.size(), "kind", first.kind()), ids);
    }

    /** Dissent or reservations, unnamed, on a numbered decision, an agenda item or a text (by symbol or as worded). */
    static void reservations(Occurrence o, ReservationsRecorded r, Context c) {
        String on = Phrasing.NONE;
        String subject = Phrasing.NONE;
        if (r.on() != null && c.facts.of(ReportFact.DECISIONS).stream().anyMatch(d ->
                d.facts() instanceof NumberedDecisionAdopted n && r.on().equals(n.number()))) {
            on = "decision";
            subject = r.on();
        } else if (r.on() != null) {
            on = "text";
            subject = c.titleOf(r.on());
        } else if (r.itemNumber() != null) {
            on = "item";
            subject = r.itemNumber().text();
        }
        c.paragraph(c.say.say("reservations", "who", r.who(), "stance", r.stance(), "about", on, "subject", subject), o.eventIds());
    }

    static void decision(Occurrence o, Context c) {
        if (o.facts() instanceof NumberedDecisionAdopted d) {
            List<String> items = d.operativeText() == null ? List.of() : d.operativeText();
            String adopted = c.say.say("decisions.numbered", "number", d.number(), "title", c.texts.of(d.title()), "adoption", d.adoption(),
                    "meeting", c.names.meeting(), "adReferendum", d.adReferendum(), "amended", d.orallyAmended(),
                    "at", c.atSession(o.session()), "draft", d.draftSymbol() == null ? Phrasing.NONE : d.draftSymbol().text(), "form", d.form());
            String annex = c.annexNumber(org.rapporteur.profiles.ReportOutline.AnnexKind.DECISIONS);
            if (annex != null && DecisionsAnnex.hasText(d)) {
                // the text is reproduced in the annex, not here
                c.paragraph(new Prose(c.say).sentence(adopted).sentence(c.say.say("decisions.in-annex", "annex", annex, "form", d.form()))
                        .toString(), o.eventIds());
                return;
            }
            c.paragraph(adopted + (items.isEmpty() ? "" : c.adoptedNote()), o.eventIds(), items, true);
        } else if (o.facts() instanceof VoteRecorded v) {
            Prose text = new Prose(c.say).sentence(c.say.say("decisions.vote", "motion", c.titleOf(v.on()), "method", v.method(),
                    "inFavour", v.inFavourCount(), "against", v.againstCount(), "abstaining", v.abstainingCount(),
                    "result", v.result()));
            side(text, "in_favour", v.inFavour(), c);
            side(text, "against", v.against(), c);
            side(text, "abstaining", v.abstaining(), c);
            c.paragraph(text.toString(), o.eventIds());
        } else if (o.facts() instanceof ConsiderationDeferred d) {
            org.rapporteur.events.agenda.AgendaItem item = c.item(d.itemNumber());
            c.paragraph(c.say.say("decisions.deferred", "matter", c.texts.of(d.matter() != null ? d.matter() : item == null ? null : item.title()),
                    "next", d.toSession() == null ? Phrasing.NONE : c.names.session(d.toSession())), o.eventIds());
        }
    }

    private static void side(Prose text, String side, List<StateCode> states, Context c) {
        if (states != null && !states.isEmpty()) {
            text.sentence(c.say.say("decisions.vote.lists", "side", side,
                    "states", c.say.list(c.names.listed(states))));
        }
    }

    /** The report adopted; one to be issued under a symbol is the meeting's final report, with when it was adopted. */
    static void reportAdopted(Occurrence o, ReportAdopted r, Context c) {
        String draft = r.draftSymbol() == null ? Phrasing.NONE : r.draftSymbol().text();
        String entrustedTo = r.entrustedTo() == null ? Phrasing.NONE : r.entrustedTo();
        String entrustedToTo = r.entrustedTo() == null ? Phrasing.NONE : c.names.recordedInText(r.entrustedTo(), "to");
        if (r.symbol() == null) {
            c.paragraph(c.say.say("report-adopted.as-drafted", "meeting", c.names.titleInText(), "draft", draft,
                    "amended", r.amended(), "adReferendum", r.adReferendum(), "entrustedTo", entrustedTo, "entrustedToTo", entrustedToTo), o.eventIds());
            return;
        }
        c.paragraph(c.say.say("report-adopted", "session", r.moment().plenarySession(), "date", c.say.date(r.moment().date()),
                "meeting", c.names.titleInText(), "draft", draft, "symbol", Text.text(r.symbol()), "amended", r.amended(),
                "adReferendum", r.adReferendum(), "entrustedTo", entrustedTo, "entrustedToTo", entrustedToTo), o.eventIds());
    }
}
