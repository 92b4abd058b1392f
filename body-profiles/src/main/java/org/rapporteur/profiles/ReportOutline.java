package org.rapporteur.profiles;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.List;

/**
 * How a body's report is laid out: its header, its parts (each with sub-parts, a heading and the facts it reports),
 * its annexes, the body's own wording in place of the shipped messages, and the facts its report does not state
 * although recorded ({@code leavesOut}; any other recorded fact no part reports is a problem listed with the report).
 */
public record ReportOutline(
        Header header,
        @JsonProperty(required = true) List<Part> parts,
        List<Annex> annexes,
        Wording wording,
        List<ReportFact> leavesOut) {

    public ReportOutline {
        header = header == null ? new Header(null, null, true) : header;
        parts = List.copyOf(parts);
        annexes = annexes == null ? List.of() : List.copyOf(annexes);
        wording = wording == null ? Wording.NONE : wording;
        leavesOut = leavesOut == null ? List.of() : List.copyOf(leavesOut);
    }

    /**
     * The masthead: the document's title ("Final report"), a note under it (issued without formal editing), and
     * whether it says "Original: English".
     */
    public record Header(Localized title, Localized note, Boolean original) {
        public Header {
            original = original == null || original;
        }
    }

    /**
     * A part ("I. Introduction") or a sub-part ("A. Election of officers"): its heading (an ICU pattern that may
     * use {@code meeting}, {@code ordinal}, {@code body}, {@code acronym}, {@code members}), the facts it reports,
     * and whether they come in the outline's order or as they happened. A part with nothing recorded to report is
     * a problem listed with the report, unless it is {@code optional} (then it is left out, the numbering running
     * on); a sub-part with nothing to report is left out.
     */
    public record Part(String id, @JsonProperty(required = true) Localized heading, List<ReportFact> facts,
                       Order order, List<Part> parts, Boolean optional) {
        public Part {
            facts = facts == null ? List.of() : List.copyOf(facts);
            order = order == null ? Order.AS_LISTED : order;
            parts = parts == null ? List.of() : List.copyOf(parts);
            optional = optional != null && optional;
        }
    }

    public enum Order {
        /** Every fact of the first listed kind, then of the second, ... */
        AS_LISTED("as-listed"),
        /** The listed kinds of fact interleaved as they happened at the meeting. */
        AS_IT_HAPPENED("as-it-happened"),
        /**
         * As it happened, under a heading for each agenda item it happened under (the item an action names, or the
         * one under consideration when it was logged); what happened under no item comes first.
         */
        BY_AGENDA_ITEM("by-agenda-item");

        private final String publicName;

        Order(String publicName) {
            this.publicName = publicName;
        }

        @JsonValue
        public String publicName() {
            return publicName;
        }
    }

    /**
     * An annex and its heading (an ICU pattern, with the same arguments as a part's heading). An annex with nothing
     * recorded to list is left out, the numbering running on, and is a problem listed with the report unless it is
     * {@code optional}.
     */
    public record Annex(@JsonProperty(required = true) AnnexKind kind, Localized heading, Boolean optional) {
        public Annex {
            optional = optional != null && optional;
        }

        public Annex(AnnexKind kind, Localized heading) {
            this(kind, heading, null);
        }
    }

    public enum AnnexKind {
        /** The documents submitted (symbol and title), as issued. */
        DOCUMENTS("documents"),
        /** The texts of the numbered decisions adopted, in the order adopted, each under its number and title. */
        DECISIONS("decisions"),
        /** The participants by the body's categories of participation. */
        PARTICIPANTS("participants"),
        /** The agenda as adopted, with the amendments made to it: each item by its number and title. */
        AGENDA("agenda");

        private final String publicName;

        AnnexKind(String publicName) {
            this.publicName = publicName;
        }

        @JsonValue
        public String publicName() {
            return publicName;
        }
    }
}
