package org.rapporteur.query.report.compose;

import com.ibm.icu.util.ULocale;
import org.rapporteur.events.Text;
import org.rapporteur.events.decisions.Annex;
import org.rapporteur.events.decisions.NumberedDecisionAdopted;
import org.rapporteur.profiles.ReportFact;
import org.rapporteur.query.report.ReportDocument.AnnexBlock;
import org.rapporteur.query.report.ReportDocument.AnnexHeading;
import org.rapporteur.query.report.ReportDocument.AnnexNote;
import org.rapporteur.query.report.ReportDocument.AnnexParagraph;
import org.rapporteur.query.report.facts.Occurrence;

import java.util.ArrayList;
import java.util.List;

/**
 * The texts of the numbered decisions: each one adopted with its text, in the order adopted, under its number and
 * title, its paragraphs as adopted (in the language they were adopted in, with the note saying so once), and its
 * own annexes. A numbered decision adopted without its text recorded is a problem, never an empty heading.
 */
final class DecisionsAnnex {

    private DecisionsAnnex() {
    }

    /** The numbered decisions adopted whose text is recorded, in the order adopted. */
    static List<Occurrence> withText(Context c) {
        List<Occurrence> out = new ArrayList<>();
        for (Occurrence o : c.facts.of(ReportFact.DECISIONS)) {
            if (o.facts() instanceof NumberedDecisionAdopted d && hasText(d)) {
                out.add(o);
            }
        }
        return out;
    }

    static boolean hasText(NumberedDecisionAdopted d) {
        return d.operativeText() != null && !d.operativeText().isEmpty();
    }

    /** The numbered decisions the annex cannot reproduce, listed as problems with their events. */
    static void problems(Context c) {
        for (Occurrence o : c.facts.of(ReportFact.DECISIONS)) {
            if (o.facts() instanceof NumberedDecisionAdopted d && !hasText(d)) {
                c.say.about(o.eventIds()).problem("decision " + d.number() + " (“" + d.title() + "”) was adopted without"
                        + " its text recorded (operativeText); the annex of the texts of decisions leaves it out");
            }
        }
    }

    static List<AnnexBlock> blocks(Context c) {
        List<AnnexBlock> blocks = new ArrayList<>();
        Context adopted = c.adoptedLanguage();
        if (adopted != c) {
            blocks.add(new AnnexNote(c.say.say("adopted.language-note", "language",
                    ULocale.forLanguageTag(c.profile.languages().get(0)).getDisplayLanguage(ULocale.forLanguageTag(c.say.language())))));
        }
        for (Occurrence o : withText(c)) {
            NumberedDecisionAdopted d = (NumberedDecisionAdopted) o.facts();
            c.say.about(o.eventIds());
            blocks.add(new AnnexHeading(c.say.say("annex.decision.heading", "number", d.number(), "title", c.texts.plain(d.title()), "form", d.form()), 1));
            paragraphs(blocks, adopted, d.operativeText());
            List<Annex> annexes = d.annexes() == null ? List.of() : d.annexes();
            List<String> untold = annexes.stream().filter(a -> !told(a))
                    .map(a -> c.say.say("annex.decision.annex-title", "title", a.title())).toList();
            if (!untold.isEmpty()) {
                blocks.add(new AnnexNote(c.say.say("annex.decision.annexes-by-title", "titles", c.say.list(untold),
                        "count", untold.size(), "form", d.form())));
            }
            for (Annex annex : annexes) {
                boolean text = annex.paragraphs() != null && !annex.paragraphs().isEmpty();
                if (!told(annex)) {
                    continue;
                }
                blocks.add(new AnnexHeading(c.say.say("annex.decision.annex", "title", annex.title()), 2));
                if (text) {
                    paragraphs(blocks, adopted, annex.paragraphs());
                } else {
                    blocks.add(new AnnexParagraph(null, c.say.say("annex.decision.in-document", "symbol", Text.text(annex.documentSymbol()))));
                }
            }
        }
        return blocks;
    }

    /** Whether the report can give a decision's annex: its text, or the document that contains it. */
    private static boolean told(Annex annex) {
        return (annex.paragraphs() != null && !annex.paragraphs().isEmpty()) || annex.documentSymbol() != null;
    }

    /** Paragraphs as adopted, numbered "1.", "2." when there are several; references written out. */
    private static void paragraphs(List<AnnexBlock> blocks, Context adopted, List<String> paragraphs) {
        for (int k = 0; k < paragraphs.size(); k++) {
            String text = Prose.tidy(AdoptedText.expand(adopted, paragraphs.get(k), List.of(), List.of()));
            blocks.add(new AnnexParagraph(paragraphs.size() > 1 ? (k + 1) + "." : null, text));
        }
    }
}
