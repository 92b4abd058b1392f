package org.rapporteur.query.report.compose;

import org.rapporteur.events.Text;
import org.rapporteur.events.DocumentReference;
import org.rapporteur.events.Note;
import org.rapporteur.query.report.wording.Footnotes;
import org.rapporteur.query.report.wording.Phrasing;

import java.util.ArrayList;
import java.util.List;

/** Footnotes citing documents, or naming the States and organisations a sentence refers to. */
final class Notes {

    private Notes() {
    }

    /** The mark of a footnote citing {@code reference} ("" when there is none). */
    static String reference(Context c, DocumentReference reference) {
        if (reference == null) {
            return "";
        }
        Phrasing say = c.say;
        String text = say.say("footnote.reference", "symbol", Text.text(reference.symbol()),
                "pinpoint", reference.pinpoint() == null ? Phrasing.NONE : c.texts.plain(reference.pinpoint()),
                "description", reference.description() == null ? Phrasing.NONE : c.texts.plain(reference.description()));
        return say.footnotes().cite(new Footnotes.Note(text, reference.symbol().text(), c.texts.plain(reference.pinpoint())));
    }

    static String of(Context c, Note n) {
        if (n.reference() != null) {
            return reference(c, n.reference());
        }
        List<String> names = new ArrayList<>();
        if (n.states() != null) {
            names.addAll(c.names.listed(n.states()));
        }
        if (n.organisations() != null) {
            names.addAll(n.organisations());
        }
        return text(c, c.say.say("footnote.names", "list", c.say.list(names)));
    }

    static String text(Context c, String text) {
        return c.say.footnotes().cite(new Footnotes.Note(text, null, null));
    }
}
