package org.rapporteur.query.report;

import java.util.List;

/**
 * The draft final report as a document model, independent of any output format:
 * a header, numbered sections of paragraphs and sub-headings, footnotes, and the annex list of documents.
 */
public record ReportDocument(Header header, List<Section> sections, List<Footnote> footnotes, Annex annex) {

    /** The masthead: convention, issue date, meeting title and place/dates, document title and symbol. */
    public record Header(String convention, String issuedOn, String language, String meetingTitle,
                         String placeAndDates, String title, String symbol, String titleNote) {
    }

    public record Section(String number, String title, List<Block> blocks) {
    }

    public sealed interface Block permits Paragraph, SubHeading {
    }

    /** A sub-heading inside a section, such as a State's name above its extension decision. */
    public record SubHeading(String text) implements Block {
    }

    /**
     * A numbered paragraph: running text, then optional items, lettered "(a)", "(b)" or bulleted;
     * {@code eventIds} are the events it was generated from.
     */
    public record Paragraph(int number, List<Inline> text, List<Item> items, boolean lettered,
                            List<String> eventIds) implements Block {
    }

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

    public record Annex(String title, List<AnnexEntry> documents) {
    }

    public record AnnexEntry(String symbol, String title) {
    }
}
