package org.rapporteur.query.report.compose;

import org.rapporteur.events.Speaker;
import org.rapporteur.text.States;

/** Who spoke, as the report names them: a person, a State, a group of States or an organisation. */
final class Speakers {

    private Speakers() {
    }

    /** In running text: a person with their position, a State with its article, one of the profile's regional groups by its name. */
    static String inText(Context c, Speaker s) {
        return s.person() != null ? c.names.personWithPosition(s.person())
                : s.state() != null ? c.names.stateInText(s.state(), "text")
                : s.group() != null ? group(c, s.group(), "text") : organisation(c, s.organisation());
    }

    /** An organisation by the key it took part under (named as registered), or by its name as recorded. */
    private static String organisation(Context c, String organisation) {
        org.rapporteur.events.participation.Organisation registered = c.participatingOrganisations().get(organisation);
        String name = registered == null ? organisation : registered.name();
        String inText = c.names.recordedInText(name, "text");
        // "the United Nations Office ...", as organisations are named elsewhere; an acronym alone ("ICAN") as it is
        return named(c, name, inText);
    }

    /** As the record names them (in English): what an "on behalf of" is compared with. */
    static String asRecorded(Speaker s) {
        return s.person() != null ? Names.join(s.person().honorific(), s.person().name())
                : s.state() != null ? States.runningName(s.state().text()) : s.group() != null ? s.group() : s.organisation();
    }

    /** As a list set out line by line names them: a State by its name alone ("Suisse"), as {@link #inText} otherwise. */
    static String listed(Context c, Speaker s) {
        return s.person() == null && s.state() != null ? c.names.state(s.state()) : inText(c, s);
    }

    /**
     * A group of States in running text ({@code form} text or of): one of the profile's regional groups by its key, in
     * the report's language, or as recorded.
     */
    static String group(Context c, String group, String form) {
        String region = c.names.region(group);
        if (region != null) {
            return c.say.say("speaker.regional-group", "group", region, "form", form, "the", the(c, region, region));
        }
        String inText = c.names.recordedInText(group, form);
        return "text".equals(form) ? named(c, group, inText) : inText;
    }

    /**
     * A group or organisation recorded by its name, in running text with the article organisations take in the
     * language ("the European Union"); an acronym alone ("ICAN"), or a name recorded with its article, as it is.
     */
    private static String named(Context c, String recorded, String inText) {
        String name = recorded == null ? "" : recorded.strip();
        boolean asIs = inText == null || name.indexOf(' ') < 0 || name.regionMatches(true, 0, "the ", 0, 4);
        return asIs ? inText : the(c, name, inText);
    }

    /**
     * An organisation's name with the article the language gives it, chosen in wording (message
     * {@code organisation.the}) on the recorded English name's last word and whether it links words ("of", "for").
     */
    static String the(Context c, String recorded, String inText) {
        // an acronym after the name, "(EU)", is not its last word
        String[] words = recorded.replaceAll("\\s*\\([^)]*\\)\\s*$", "").strip().toLowerCase(java.util.Locale.ROOT)
                .split("\\s+");
        String head = words[words.length - 1].replaceAll("[^\\p{L}]", "");
        boolean linked = java.util.Arrays.stream(words).anyMatch(w -> w.equals("of") || w.equals("for") || w.equals("on"));
        return c.say.say("organisation.the", "name", inText, "head", head.isEmpty() ? "none" : head, "linked", linked);
    }
}
