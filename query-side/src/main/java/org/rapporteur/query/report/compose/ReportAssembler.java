package org.rapporteur.query.report.compose;

import com.ibm.icu.util.ULocale;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.profiles.ReportOutline;
import org.rapporteur.query.report.ReportDocument.Annex;
import org.rapporteur.query.report.ReportDocument.Block;
import org.rapporteur.query.report.ReportDocument.Footnote;
import org.rapporteur.query.report.ReportDocument.FootnoteRef;
import org.rapporteur.query.report.ReportDocument.Header;
import org.rapporteur.query.report.ReportDocument.Inline;
import org.rapporteur.query.report.ReportDocument.Item;
import org.rapporteur.query.report.ReportDocument.Paragraph;
import org.rapporteur.query.report.ReportDocument.Section;
import org.rapporteur.query.report.ReportDocument.Text;
import org.rapporteur.query.report.ReportDocument;
import org.rapporteur.query.report.compose.Composition.WrittenPart;
import org.rapporteur.query.report.wording.Footnotes;
import org.rapporteur.query.report.wording.Phrasing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The written parts made a document: paragraphs numbered through the report, footnotes numbered in reading order
 * (a note citing the document the note before cited becomes "Ibid."), the header and the body's annexes.
 */
final class ReportAssembler {

    private final Context c;
    private final List<Footnote> footnotes = new ArrayList<>();
    private String lastSymbol;
    private int paragraphs;

    ReportAssembler(Context c) {
        this.c = c;
    }

    ReportDocument assemble(List<WrittenPart> parts) {
        List<Section> sections = new ArrayList<>();
        for (WrittenPart part : parts) {
            List<Block> blocks = new ArrayList<>();
            for (Object block : part.blocks()) {
                if (block instanceof DraftParagraph p) {
                    List<Inline> text = inline(p.text());
                    List<Item> items = new ArrayList<>();
                    for (int k = 0; k < p.items().size(); k++) {
                        items.add(new Item(p.lettered() ? "(" + (char) ('a' + k) + ")" : null, inline(p.items().get(k))));
                    }
                    blocks.add(new Paragraph(++paragraphs, text, items, p.lettered(), p.eventIds()));
                } else {
                    blocks.add((Block) block);
                }
            }
            sections.add(new Section(part.number(), part.heading(), blocks));
        }
        List<Annex> annexes = c.annexes().draft();
        return new ReportDocument(header(), sections, footnotes, annexes.isEmpty() ? null : annexes.get(0), annexes,
                c.say.language(), c.say.problems());
    }

    private List<Inline> inline(List<Footnotes.Piece> pieces) {
        List<Inline> out = new ArrayList<>();
        for (Footnotes.Piece piece : pieces) {
            if (piece instanceof Footnotes.Words w) {
                out.add(new Text(w.text()));
            } else if (piece instanceof Footnotes.Cited cited) {
                Footnotes.Note note = cited.note();
                String text = note.text();
                if (note.symbol() != null && note.symbol().equals(lastSymbol)) {
                    text = c.say.say("footnote.ibid", "pinpoint", note.pinpoint() == null ? Phrasing.NONE : note.pinpoint());
                }
                lastSymbol = note.symbol();
                footnotes.add(new Footnote(footnotes.size() + 1, text));
                out.add(new FootnoteRef(footnotes.size()));
            }
        }
        return out;
    }

    private Header header() {
        MeetingConvened m = c.facts.convened();
        ReportOutline.Header h = c.profile.report().header();
        String issued = c.facts.finalReport() != null && c.facts.finalReport().issuedOn() != null
                ? c.say.date(c.facts.finalReport().issuedOn()) : "";
        String original = h.original() ? c.say.say("header.original", "language",
                ULocale.forLanguageTag(c.profile.languages().get(0)).getDisplayLanguage(ULocale.forLanguageTag(c.say.language())))
                : "";
        String place = c.say.say("header.place-and-dates", "city", c.names.city(m.venue().city()),
                "dates", c.say.range(m.startsOn(), m.endsOn(), "compact"));
        return new Header(c.names.body(), issued, original, c.names.meetingTitle(), place,
                h.title() == null ? c.say.say("header.title") : heading(c, h.title()),
                c.facts.finalReport() == null || c.facts.finalReport().symbol() == null ? "" : c.facts.finalReport().symbol().text(),
                h.note() == null ? "" : heading(c, h.note()),
                issued.isEmpty() ? "" : c.facts.finalReport().issuedOn().toString());
    }

    /** A heading of the body's outline, with what it may say about the meeting. */
    static String heading(Context c, org.rapporteur.profiles.Localized heading) {
        String pattern = c.names.text(heading);
        if (pattern == null) {
            return "";
        }
        MeetingConvened m = c.facts.convened();
        return c.say.wording().formatPattern(pattern, Map.of("meeting", c.names.titleInText(), "ordinal", m.ordinal(),
                "body", c.names.body(), "acronym", c.profile.body().acronym() == null ? "" : c.profile.body().acronym(),
                "members", c.names.text(c.profile.body().members()), "year", String.valueOf(m.startsOn().getYear())));
    }
}
