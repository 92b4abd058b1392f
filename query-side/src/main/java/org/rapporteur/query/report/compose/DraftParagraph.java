package org.rapporteur.query.report.compose;

import org.rapporteur.query.report.wording.Footnotes.Piece;

import java.util.List;

/** A paragraph as composed, before the report numbers it and its footnotes: text and items as words and notes. */
public record DraftParagraph(List<Piece> text, List<List<Piece>> items, boolean lettered, List<String> eventIds) {
}
