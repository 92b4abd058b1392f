package org.rapporteur.query.report.compose;

import com.ibm.icu.util.ULocale;
import org.rapporteur.query.report.wording.Footnotes;
import org.rapporteur.query.report.wording.Phrasing;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Free text recorded in the meeting's language (an item's title, a document's, a topic, a position ...) as a report
 * in another language writes it: as the meeting's glossary renders it ({@code texts-translated}), or as recorded,
 * marked once in the report by a note saying so, and listed with the report's problems so that the secretariat sees
 * what is left to translate. In the language the meeting was recorded in, every text stays as recorded. Adopted
 * wording does not pass here: it stays as adopted ({@link Context#adoptedNote}).
 */
public final class RecordedTexts {

    /** Shared by every report in the meeting's own language: it keeps no state (nothing is listed or noted). */
    private static final RecordedTexts AS_RECORDED = new RecordedTexts(null, null, null);

    private final Phrasing say;
    private final Map<String, String> renderings;
    private final String recordedIn;
    private final Set<String> listed = new HashSet<>();
    private boolean noted;
    private boolean noteless;

    private RecordedTexts(Phrasing say, Map<String, String> renderings, String recordedIn) {
        this.say = say;
        this.renderings = renderings;
        this.recordedIn = recordedIn;
    }

    /** Texts written as recorded (a report in the language the meeting was recorded in). */
    static RecordedTexts asRecorded() {
        return AS_RECORDED;
    }

    /** The texts of a report in {@code say}'s language, of a meeting recorded in {@code recordedIn}, rendered by {@code glossary}. */
    static RecordedTexts in(Phrasing say, String recordedIn, Map<String, Map<String, String>> glossary) {
        if (say.language().equals(recordedIn)) {
            return AS_RECORDED;
        }
        return new RecordedTexts(say, glossary.getOrDefault(say.language(), Map.of()), recordedIn);
    }

    /** {@code recorded} in running text: its rendering, or as recorded (with the note the first time). */
    public String of(String recorded) {
        String rendered = rendering(recorded);
        if (rendered != null || renderings == null || recorded == null || recorded.isBlank()) {
            return rendered != null ? rendered : recorded;
        }
        if (noted || noteless) {
            return recorded;
        }
        noted = true;
        return recorded + say.footnotes().cite(new Footnotes.Note(say.say("recorded.language-note", "language",
                ULocale.forLanguageTag(recordedIn).getDisplayLanguage(ULocale.forLanguageTag(say.language()))), null, null));
    }

    /** What {@code writing} writes where no note can stand (a table's cell), every text in it as {@link #plain}. */
    public String withoutNote(java.util.function.Supplier<String> writing) {
        if (renderings == null) {
            return writing.get();
        }
        boolean was = noteless;
        noteless = true;
        try {
            return writing.get();
        } finally {
            noteless = was;
        }
    }

    /** A proper name (an organisation's): the rendering recorded for it, or as recorded, which is no problem. */
    public String name(String recorded) {
        String rendered = renderings == null || recorded == null ? null : renderings.get(recorded);
        return rendered != null ? rendered : recorded;
    }

    /** {@code recorded} where no note can stand (a heading, a table's cell): its rendering, or as recorded. */
    public String plain(String recorded) {
        String rendered = rendering(recorded);
        return rendered != null ? rendered : recorded;
    }

    /**
     * A document's title, or what else a statement or a vote is on: its rendering, or as recorded; a symbol (no
     * two words of running text) is no text to translate.
     */
    public String subject(String titleOrSymbol, boolean isTitle) {
        if (isTitle || titleOrSymbol == null || words(titleOrSymbol) >= 2) {
            return of(titleOrSymbol);
        }
        String rendered = renderings == null ? null : renderings.get(titleOrSymbol);
        return rendered != null ? rendered : titleOrSymbol;
    }

    /**
     * The rendering of {@code recorded} (a text without letters, such as "2032-2034", is its own); null (and the
     * missing rendering listed, once) when there is none to use.
     */
    private String rendering(String recorded) {
        if (renderings == null || recorded == null || recorded.codePoints().noneMatch(Character::isLetter)) {
            return renderings == null || recorded == null ? null : recorded;
        }
        String rendered = renderings.get(recorded);
        if (rendered == null && listed.add(recorded)) {
            say.problem("no " + say.language() + " rendering of the text recorded as “" + recorded
                    + "” (record it with texts-translated, language " + say.language() + ")");
        }
        return rendered;
    }

    private static int words(String text) {
        int words = 0;
        for (String token : text.split("\\s+")) {
            if (token.codePoints().filter(Character::isLowerCase).count() >= 3) {
                words++;
            }
        }
        return words;
    }
}
