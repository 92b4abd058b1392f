package org.rapporteur.query.report;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/**
 * The draft final report as a document model, independent of any output format: a header, numbered parts of
 * paragraphs and headings (sub-parts and sub-headings), footnotes, the annexes, the report's language and the
 * problems met in drafting it (facts a sentence needs that were not recorded: listed, never written with a hole).
 * {@code annex} is the first of {@code annexes} (the list of documents, where the body's outline has it).
 */
public record ReportDocument(Header header, List<Section> sections, List<Footnote> footnotes, Annex annex,
                             List<Annex> annexes, String language, List<Problem> problems) {

    public ReportDocument {
        annexes = annexes == null ? (annex == null ? List.of() : List.of(annex)) : List.copyOf(annexes);
        problems = problems == null ? List.of() : List.copyOf(problems);
        language = language == null ? "en" : language;
    }

    /** Whether anything was drafted: a meeting not convened, or whose body's profile is not known, has only its problems. */
    public boolean drafted() {
        return !sections.isEmpty() || header != null && !header.meetingTitle().isEmpty();
    }

    public ReportDocument(Header header, List<Section> sections, List<Footnote> footnotes, Annex annex) {
        this(header, sections, footnotes, annex, null, null, null);
    }

    /** The masthead: convention, issue date, meeting title and place/dates, document title and symbol. */
    /** {@code issuedOn} as the masthead prints it; {@code issued} the same date in ISO form ("" when not dated). */
    public record Header(String convention, String issuedOn, String language, String meetingTitle,
                         String placeAndDates, String title, String symbol, String titleNote, String issued) {
    }

    /** A part of the report ("I", "Introduction"): its blocks, sub-parts' headings among them. */
    public record Section(String number, String title, List<Block> blocks) {
    }

    public sealed interface Block permits Paragraph, SubHeading {
    }

    /**
     * A heading inside a part: a sub-part's ({@code level} 1, numbered "A", "B") or a sub-heading such as a State's
     * name above its extension decision ({@code level} 0, no number).
     */
    public record SubHeading(String number, String text, int level) implements Block {
        public SubHeading(String text) {
            this(null, text, 0);
        }
    }

    /**
     * A numbered paragraph: running text, then optional items, lettered "(a)", "(b)" or bulleted;
     * {@code eventIds} are the events it was generated from.
     */
    public record Paragraph(int number, List<Inline> text, List<Item> items, boolean lettered,
                            List<String> eventIds) implements Block {
    }

    @Schema(name = "report-list-item")
    public record Item(String label, List<Inline> text) {
    }

    public sealed interface Inline permits Text, FootnoteRef {
    }

    public record Text(String text) implements Inline {
    }

    public record FootnoteRef(int number) implements Inline {
    }

    public record Footnote(int number, String text) {
    }

    /**
     * An annex ("I"): its kind ({@code documents}, {@code decisions}, {@code participants}), heading, and either rows
     * (the list of documents: a document's symbol and title) or blocks of its own (the texts of decisions, the list
     * of participants by category).
     */
    public record Annex(String number, String kind, String title, List<AnnexEntry> documents, List<AnnexBlock> blocks) {
        public Annex {
            documents = documents == null ? List.of() : List.copyOf(documents);
            blocks = blocks == null ? List.of() : List.copyOf(blocks);
        }

        public Annex(String number, String kind, String title, List<AnnexEntry> documents) {
            this(number, kind, title, documents, null);
        }

        public Annex(String title, List<AnnexEntry> documents) {
            this("I", "documents", title, documents, null);
        }
    }

    public record AnnexEntry(String symbol, String title) {
    }

    /** What an annex other than the list of documents is made of. */
    public sealed interface AnnexBlock permits AnnexHeading, AnnexParagraph, AnnexList, AnnexNote {
    }

    /** A heading inside an annex: a decision's number and title, a category of participants ({@code level} 1), a decision's own annex (2). */
    public record AnnexHeading(String text, int level) implements AnnexBlock {
    }

    /** A paragraph of an annex, with its label where it has one (an operative paragraph's "1."). */
    public record AnnexParagraph(String label, String text) implements AnnexBlock {
    }

    /** Names listed one a line (the participants of one category). */
    public record AnnexList(List<String> items) implements AnnexBlock {
        public AnnexList {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    /** A note on what follows, set apart from the text (texts reproduced in the language they were adopted in). */
    public record AnnexNote(String text) implements AnnexBlock {
    }

    /** Something the report could not say: what is missing, and the events of the fact that needed it. */
    @Schema(name = "report-problem")
    public record Problem(String message, List<String> eventIds) {
    }
}
