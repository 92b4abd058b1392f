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
        return c.names.recordedInText(registered == null ? organisation : registered.name(), "text");
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
        return region == null ? c.names.recordedInText(group, form)
                : c.say.say("speaker.regional-group", "group", region, "form", form);
    }
}
