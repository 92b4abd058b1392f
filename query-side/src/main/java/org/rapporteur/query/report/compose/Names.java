package org.rapporteur.query.report.compose;

import com.ibm.icu.util.ULocale;
import org.rapporteur.events.SessionRef;
import org.rapporteur.events.Person;
import org.rapporteur.events.StateCode;
import org.rapporteur.events.Text;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.events.participation.Organisation;
import org.rapporteur.profiles.BodyProfile;
import org.rapporteur.profiles.Localized;
import org.rapporteur.query.report.wording.Phrasing;
import org.rapporteur.text.States;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** How the report names the meeting, other sessions of its body, persons, States and organisations, in its language. */
public final class Names {

    private static final Map<String, String> ALPHA2 = new HashMap<>();

    static {
        for (String a2 : Locale.getISOCountries()) {
            try {
                ALPHA2.put(new Locale("", a2).getISO3Country(), a2);
            } catch (java.util.MissingResourceException none) {
                // a code with no alpha-3 form
            }
        }
    }

    private final Phrasing say;
    private final BodyProfile profile;
    private final MeetingConvened convened;
    private final boolean english;
    private String title;
    private String running;

    Names(Phrasing say, BodyProfile profile, MeetingConvened convened) {
        this.say = say;
        this.profile = profile;
        this.convened = convened;
        this.english = say.language().equals("en");
    }

    public String text(Localized text) {
        return text == null ? null : text.in(say.language()).orElse(null);
    }

    /** "Twelfth Meeting of States Parties". */
    public String meetingTitle() {
        if (title == null) {
            title = say.capitalise(say.say("meeting.title", "ordinal", convened.ordinal(), "session", text(profile.body().session())));
        }
        return title;
    }

    /** A city as the report's language writes it ("Genève"): the name logged, unless the wording knows it otherwise. */
    public String city(String logged) {
        if (logged == null || logged.isBlank() || !logged.chars().allMatch(Character::isLetter)) {
            return logged;
        }
        String named = say.sayIfAny("place.city", "city", logged);
        return named == null || named.isEmpty() ? logged : named;
    }

    /** The meeting's title as running text names it ("la neuvième Conférence d’examen"; in English as the title). */
    public String titleInText() {
        if (titleInText == null) {
            titleInText = running(say.say("meeting.title", "ordinal", convened.ordinal(), "session", text(profile.body().session())));
        }
        return titleInText;
    }

    private String titleInText;

    /** The meeting as its report names it in running text ("Twelfth Meeting of States parties"). */
    public String meeting() {
        if (running == null) {
            running = running(say.say("meeting.running", "ordinal", convened.ordinal(),
                    "session", text(profile.body().session())));
        }
        return running;
    }

    /** A session's name in running text: capitalised where the language (or the body) writes it so ("Ninth Review Conference", "la neuvième Conférence d’examen"). */
    private String running(String name) {
        if (capitalised == null) {
            capitalised = "yes".equals(say.sayIfAny("meeting.capitalised"));
        }
        return capitalised ? say.capitalise(name) : name;
    }

    private Boolean capitalised;

    /** What the report calls the meeting once named ("the Conference"), in the profile's terms or the shipped ones. */
    public String us() {
        String own = text(profile.body().referredToAs());
        return own != null ? own : say.say("meeting.the-meeting");
    }

    /** The {@code ordinal}th session of this meeting's series ("Eleventh Meeting of States parties"). */
    public String ofSeries(int ordinal) {
        return running(say.say("meeting.running", "ordinal", ordinal, "session", text(profile.body().session())));
    }

    /** Another session of the body: {@code full} as in a document's title, otherwise as in running text. */
    public String reference(SessionRef ref, boolean full) {
        Localized name = SessionRef.REGULAR.equals(ref.kind()) ? profile.body().session()
                : profile.body().otherSessions().get(ref.kind());
        return running(say.say("meeting.reference", "ordinal", ref.ordinal(),
                "series", ref.kind().replace('-', '_'), "name", text(name), "form", full ? "full" : "running"));
    }

    /** Another session of the body by the kind the profile names it with ("session", "review-conference" ...). */
    public String session(SessionRef ref) {
        return reference(ref, false);
    }

    /** A holder of an office or a seat: a person (with their State), or a State. */
    public String holder(org.rapporteur.events.Holder h) {
        if (h == null) {
            return null;
        }
        if (h.person() != null) {
            String name = join(h.person().honorific(), h.person().name());
            StateCode state = h.stateOrPersonsState();
            return state == null ? name : say.say("person.of-state", "person", name, "state", state(state));
        }
        return h.state() == null ? null : stateInText(h.state(), "text");
    }

    /** A holder as a tally or a table lists it: a State by its name alone, without the article of running text. */
    public String holderAsListed(org.rapporteur.events.Holder h) {
        return h != null && h.person() == null && h.state() != null ? state(h.state()) : holder(h);
    }

    public String region(String key) {
        Localized region = key == null ? null : profile.body().regionalGroups().get(key);
        return region == null ? null : text(region);
    }

    public String office(String key) {
        return office(key, 1, GENDER_UNKNOWN);
    }

    /** An office's name for {@code count} holders of {@code gender} (its profile text may select on both). */
    public String office(String key, int count, String gender) {
        Localized office = key == null ? null : profile.body().offices().get(key);
        String text = office == null ? null : text(office);
        if (text == null || text.indexOf('{') < 0) {
            return text;
        }
        return say.wording().formatPattern(text, Map.of("count", count, "gender", gender));
    }

    /** The grammatical gender of holders, from the pronouns logged for them: feminine, masculine or unknown. */
    public static String gender(List<org.rapporteur.events.Holder> holders) {
        boolean her = false;
        boolean his = false;
        for (org.rapporteur.events.Holder h : holders) {
            String pronoun = h == null || h.person() == null ? null : h.person().pronoun();
            her |= "her".equals(pronoun);
            his |= "his".equals(pronoun);
            if (!"her".equals(pronoun) && !"his".equals(pronoun)) {
                return GENDER_UNKNOWN;
            }
        }
        return her && !his ? "feminine" : his ? "masculine" : GENDER_UNKNOWN;
    }

    public static final String GENDER_UNKNOWN = "unknown";

    public String body() {
        return convened.convention() != null ? convened.convention().name() : text(profile.body().name());
    }

    public String plan() {
        return convened.convention() == null ? null : convened.convention().actionPlan();
    }

    /** A State in running text: "the Netherlands" in English, the ICU name elsewhere. */
    public String state(String code) {
        return english ? States.runningName(code) : foreign(code, States.runningName(code));
    }

    /** A State as listed: "Netherlands (Kingdom of the)". */
    public String stateListed(String code) {
        return english ? States.name(code) : foreign(code, States.name(code));
    }

    public String stateShort(String code) {
        return english ? States.shortName(code) : foreign(code, States.shortName(code));
    }

    public String state(StateCode code) {
        return state(Text.text(code));
    }

    public String stateListed(StateCode code) {
        return stateListed(Text.text(code));
    }

    public String stateShort(StateCode code) {
        return stateShort(Text.text(code));
    }

    private String foreign(String code, String otherwise) {
        String a2 = ALPHA2.get(code);
        if (a2 == null) {
            String own = StateArticles.name(say.language(), code);
            return own != null ? own : otherwise;
        }
        String name = new ULocale("", a2).getDisplayCountry(ULocale.forLanguageTag(say.language()));
        return name.isBlank() || name.equals(a2) ? otherwise : name;
    }

    /**
     * A State in running text with the article its name takes in the language ("le Japon", "des États-Unis"):
     * {@code form} {@code text} (subject or object), {@code of} or {@code to}; the articles are data
     * ({@code wording/states.<lang>.tsv}), the forms ICU ({@code state.in-text}).
     */
    public String stateInText(String code, String form) {
        return code == null ? null : say.say("state.in-text", "name", state(code),
                "article", StateArticles.of(say.language(), code), "form", form);
    }

    public String stateInText(StateCode code, String form) {
        return stateInText(Text.text(code), form);
    }

    /** Who spoke: a person, a State (in running text, with its article), a group or an organisation. */
    public String speaker(org.rapporteur.events.Speaker s) {
        return s.person() != null ? join(s.person().honorific(), s.person().name())
                : s.state() != null ? stateInText(s.state(), "text")
                : s.group() != null ? s.group() : s.organisation();
    }

    public String states(List<StateCode> codes) {
        return codes == null ? null : say.list(codes.stream().map(this::state).toList());
    }

    public static String organisation(Organisation o) {
        return o.acronym() == null || o.acronym().isBlank() || o.acronym().equals(o.name())
                ? o.name() : o.name() + " (" + o.acronym() + ")";
    }

    public String personOf(Person p) {
        String name = join(p.honorific(), p.name());
        return p.state() == null ? name : say.say("person.of-state", "person", name, "state", state(p.state()));
    }

    public String personWithPosition(Person p) {
        String name = join(p.honorific(), p.name());
        String position = p.position() == null ? "" : p.position();
        if (p.organisation() != null && !p.organisation().isBlank()) {
            position = say.say("person.position-of", "position", position, "organisation", p.organisation());
        }
        return position == null || position.isBlank() ? name : name + ", " + position;
    }

    public static String pronoun(Person p) {
        return p.pronoun() == null ? "their" : p.pronoun();
    }

    static String join(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            if (part != null && !part.isBlank()) {
                kept.add(part.trim());
            }
        }
        return String.join(" ", kept);
    }
}
