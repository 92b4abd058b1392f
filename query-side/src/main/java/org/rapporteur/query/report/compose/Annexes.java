package org.rapporteur.query.report.compose;

import org.rapporteur.profiles.ReportOutline;
import org.rapporteur.profiles.ReportOutline.AnnexKind;
import org.rapporteur.query.report.ReportDocument.Annex;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The body's annexes as the report prints them: numbered I, II ... in the outline's order, an annex with nothing
 * recorded to list left out (the numbering running on; a problem unless the outline has it optional, or it is
 * the list of documents of a meeting that had none). Composers
 * point to an annex by its number ({@link #numberOf}), known before any part is written.
 */
final class Annexes {

    private final Context c;
    private final Map<AnnexKind, String> numbers = new EnumMap<>(AnnexKind.class);

    Annexes(Context c) {
        this.c = c;
        int n = 0;
        for (ReportOutline.Annex annex : c.profile.report().annexes()) {
            if (!numbers.containsKey(annex.kind()) && hasAny(annex.kind())) {
                numbers.put(annex.kind(), RomanNumerals.of(++n));
            }
        }
    }

    /** The number of the annex of {@code kind} ("II"), or null when the report has none. */
    String numberOf(AnnexKind kind) {
        return numbers.get(kind);
    }

    private boolean hasAny(AnnexKind kind) {
        return switch (kind) {
            case DOCUMENTS -> !c.facts.documents().isEmpty();
            case DECISIONS -> !DecisionsAnnex.withText(c).isEmpty();
            case PARTICIPANTS -> !ParticipantsAnnex.groups(c).isEmpty();
            case AGENDA -> !AgendaAnnex.items(c).isEmpty();
        };
    }

    /** The annexes drafted, in the outline's order. */
    List<Annex> draft() {
        List<Annex> annexes = new ArrayList<>();
        boolean[] drafted = new boolean[AnnexKind.values().length];
        for (ReportOutline.Annex annex : c.profile.report().annexes()) {
            String number = numbers.get(annex.kind());
            if (drafted[annex.kind().ordinal()]) {
                c.say.about(List.of()).problem("the outline has two annexes of kind '" + annex.kind().publicName()
                        + "'; the second is left out");
                continue;
            }
            drafted[annex.kind().ordinal()] = true;
            if (annex.kind() == AnnexKind.DECISIONS) {
                DecisionsAnnex.problems(c);
            }
            if (number == null) {
                // a meeting without documents has had no list of documents drafted, and none was missed
                if (!annex.optional() && annex.kind() != AnnexKind.DOCUMENTS) {
                    c.say.about(List.of()).problem("nothing recorded for the annex of kind '" + annex.kind().publicName()
                            + "' (" + what(annex.kind()) + "); the annex is left out");
                }
                continue;
            }
            String title = annex.heading() == null ? "" : ReportAssembler.heading(c, annex.heading());
            annexes.add(switch (annex.kind()) {
                case DOCUMENTS -> new Annex(number, annex.kind().publicName(), title, DocumentsAnnex.entries(c));
                case DECISIONS -> new Annex(number, annex.kind().publicName(), title, null, DecisionsAnnex.blocks(c));
                case PARTICIPANTS -> new Annex(number, annex.kind().publicName(), title, null, ParticipantsAnnex.blocks(c));
                case AGENDA -> new Annex(number, annex.kind().publicName(), title, null, AgendaAnnex.blocks(c));
            });
        }
        return annexes;
    }

    private static String what(AnnexKind kind) {
        return switch (kind) {
            case DOCUMENTS -> "no document submitted";
            case DECISIONS -> "no numbered decision adopted with its text";
            case PARTICIPANTS -> "no participants registered or admitted";
            case AGENDA -> "no agenda adopted";
        };
    }
}
