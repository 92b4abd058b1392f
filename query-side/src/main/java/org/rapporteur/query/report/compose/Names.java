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
import java.util.List;
import java.util.Map;

/** How the report names the meeting, other sessions of its body, persons, States and organisations, in its language. */
public final class Names {

    private final Phrasing say;
    private final BodyProfile profile;
    private final MeetingConvened convened;
    private final boolean english;
    private final RecordedTexts texts;
    private String title;
    private String running;

    Names(Phrasing say, BodyProfile profile, MeetingConvened convened, RecordedTexts texts) {
        this.say = say;
        this.texts = texts;
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

    /** The session before the {@code ordinal}th; null for the first, which has none (never "the Zeroth"). */
    public String previousInSeries(int ordinal) {
        return ordinal > 1 ? ofSeries(ordinal - 1) : null;
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
            String name = named(h.person());
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

    /**
     * The grammatical gender of holders: from the pronouns logged for them, else from their honorifics
     * (message {@code person.gender}): feminine, masculine or unknown.
     */
    public String gender(List<org.rapporteur.events.Holder> holders) {
        boolean her = false;
        boolean his = false;
        for (org.rapporteur.events.Holder h : holders) {
            String gender = h == null || h.person() == null ? GENDER_UNKNOWN : gender(h.person().pronoun(), h.person().honorific());
            her |= "feminine".equals(gender);
            his |= "masculine".equals(gender);
            if (GENDER_UNKNOWN.equals(gender)) {
                return GENDER_UNKNOWN;
            }
        }
        return her && !his ? "feminine" : his ? "masculine" : GENDER_UNKNOWN;
    }

    /** One person's grammatical gender from the pronoun logged, else from the honorific recorded. */
    String gender(String pronoun, String honorific) {
        if ("her".equals(pronoun)) {
            return "feminine";
        } else if ("his".equals(pronoun)) {
            return "masculine";
        }
        String key = honorificKey(honorific);
        String gender = key == null ? null : say.sayIfAny("person.gender", "honorific", key);
        return gender == null || gender.isBlank() ? GENDER_UNKNOWN : gender;
    }

    /** A person named as the report's language writes them: the honorific in its form there ("M.", "Mme"), then the name. */
    public String named(Person p) {
        return named(p.honorific(), p.name(), gender(p.pronoun(), p.honorific()));
    }

    /** A name after its honorific as the language writes it (message {@code person.honorific}); the recorded one where it has none. */
    public String named(String honorific, String name, String gender) {
        String key = honorificKey(honorific);
        if (key == null) {
            return join(honorific, name);
        }
        String written = say.sayIfAny("person.honorific", "honorific", key, "recorded", honorific.trim(), "gender", gender);
        return join(written == null || written.isEmpty() ? honorific : written, name);
    }

    /** The honorific as a word a message can select on: its letters ("Mr." and "Mr" are both {@code Mr}). */
    static String honorificKey(String honorific) {
        if (honorific == null) {
            return null;
        }
        StringBuilder key = new StringBuilder();
        honorific.codePoints().filter(Character::isLetter).forEach(key::appendCodePoint);
        return key.isEmpty() ? null : key.toString();
    }

    public static final String GENDER_UNKNOWN = "unknown";

    /** The convention's name: as recorded (in English) in an English report, the profile's own in another language. */
    public String body() {
        String own = text(profile.body().name());
        if (convened.convention() == null || !english && own != null) {
            return own;
        }
        return convened.convention().name();
    }

    public String plan() {
        return convened.convention() == null ? null : recorded(convened.convention().actionPlan());
    }

    /** A State in running text: "the Netherlands" in English, the ICU name elsewhere. */
    public String state(String code) {
        return english ? States.runningName(code) : StateArticles.nameIn(say.language(), profile, code, States.runningName(code));
    }

    /** A State as listed: "Netherlands (Kingdom of the)". */
    public String stateListed(String code) {
        return english ? States.name(code) : StateArticles.nameIn(say.language(), profile, code, States.name(code));
    }

    public String stateShort(String code) {
        return english ? States.shortName(code) : StateArticles.nameIn(say.language(), profile, code, States.shortName(code));
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

    /**
     * A State in running text with the article its name takes in the language ("le Japon", "des États-Unis"):
     * {@code form} {@code text} (subject or object), {@code of} or {@code to}; the articles are data
     * ({@code wording/states.<lang>.tsv}), the forms ICU ({@code state.in-text}).
     */
    public String stateInText(String code, String form) {
        return code == null ? null : inText(code, state(code), form);
    }

    /** A State by its short name ("Bosnia and Herzegovina") with the article of running text, as {@link #stateInText}. */
    public String stateShortInText(StateCode code, String form) {
        return code == null ? null : inText(code.text(), stateShort(code.text()), form);
    }

    /** States in running text, each with its article in {@code form} ("le Pérou et la Norvège"; "du Liban et de la Suisse"). */
    public String statesInText(List<StateCode> codes, String form) {
        return codes == null ? null : say.list(codes.stream().map(code -> stateInText(code, form)).toList());
    }

    private String inText(String code, String name, String form) {
        return withArticle(name, StateArticles.of(say.language(), profile, code), form);
    }

    /** {@code name} with {@code article} in {@code form}, by message {@code state.in-text} (which may elide before a vowel). */
    String withArticle(String name, String article, String form) {
        return say.say("state.in-text", "name", name, "article", article, "form", form, "vowel", StateArticles.startsWithVowel(name));
    }

    /** A holder after "of" in running text: a State with its article ("du Japon"), a person by name ("de M. X"). */
    public String holderOf(org.rapporteur.events.Holder h) {
        if (h == null) {
            return null;
        }
        return h.person() == null && h.state() != null ? stateInText(h.state(), "of") : withArticle(holder(h), UNKNOWN_ARTICLE, "of");
    }

    public String stateInText(StateCode code, String form) {
        return stateInText(Text.text(code), form);
    }

    /** States as listed ("Netherlands (Kingdom of the)"), in the order message {@code list.states-order} gives: as recorded or alphabetical. */
    public List<String> listed(List<StateCode> codes) {
        return ordered(codes.stream().map(this::stateListed).toList());
    }

    /** States by their short names ("Bosnia and Herzegovina"), in the order of {@link #listed}. */
    public List<String> listedShort(List<StateCode> codes) {
        return ordered(codes.stream().map(this::stateShort).toList());
    }

    private List<String> ordered(List<String> listed) {
        List<String> names = new ArrayList<>(listed);
        if ("alphabetical".equals(say.sayIfAny("list.states-order"))) {
            names.sort(com.ibm.icu.text.Collator.getInstance(ULocale.forLanguageTag(say.language())));
        }
        return names;
    }

    public String states(List<StateCode> codes) {
        return codes == null ? null : say.list(codes.stream().map(this::state).toList());
    }

    /** An organisation as listed: its name in the language (wording/names.<lang>.tsv) and acronym ("Comité international de la Croix-Rouge (CICR)"). */
    public String organisation(Organisation o) {
        RecordedNames.Named named = english ? null : RecordedNames.of(say.language(), profile, o.name());
        String name = named == null ? texts.name(o.name()) : named.name();
        String acronym = named != null && named.acronym() != null ? named.acronym() : o.acronym();
        return acronym == null || acronym.isBlank() || acronym.equals(name) ? name : name + " (" + acronym + ")";
    }

    /** An organisation as {@link #organisation} names it, in running text with its article ({@code form} as {@link #stateInText}). */
    public String organisationInText(Organisation o, String form) {
        RecordedNames.Named named = english ? null : RecordedNames.of(say.language(), profile, o.name());
        return withArticle(organisation(o), named == null ? UNKNOWN_ARTICLE : named.article(), form);
    }

    /** A body, group or organisation recorded in English, by its name in the language (as recorded where none is known). */
    public String recorded(String name) {
        RecordedNames.Named named = english || name == null ? null : RecordedNames.of(say.language(), profile, name);
        return named == null ? texts.of(name) : named.name();
    }

    /**
     * A body recorded in English in running text, with the article its name takes ({@code form} text, of or to, as
     * {@link #stateInText}): "la Commission plénière", "du Groupe africain"; as recorded where its name is not known.
     */
    public String recordedInText(String name, String form) {
        if (name == null) {
            return null;
        }
        RecordedNames.Named named = english ? null : RecordedNames.of(say.language(), profile, name);
        return withArticle(named == null ? texts.of(name) : named.name(), named == null ? UNKNOWN_ARTICLE : named.article(), form);
    }

    /**
     * A subsidiary or expert body recorded in English in running text, as {@link #recordedInText}; one whose name is
     * not known takes the article of the language's word for a committee ("le Committee X", as before it was known).
     */
    public String bodyInText(String name, String form) {
        RecordedNames.Named named = english || name == null ? null : RecordedNames.of(say.language(), profile, name);
        // the article of the name as written in the language, not of its English
        return named != null || name == null ? recordedInText(name, form)
                : withArticle(texts.of(name), RecordedNames.articleOfUnknown(say, texts.of(name)), form);
    }

    /** The grammatical gender of a body recorded in English (masculine where its name is not known). */
    public String recordedGender(String name) {
        RecordedNames.Named named = english ? null : RecordedNames.of(say.language(), profile, name);
        return named == null ? "masculine" : named.gender();
    }

    /** No article for a name the language's table does not know: it is written as recorded. */
    private static final String UNKNOWN_ARTICLE = "none";

    public String personOf(Person p) {
        String name = named(p);
        return p.state() == null ? name : say.say("person.of-state", "person", name, "state", state(p.state()));
    }

    public String personWithPosition(Person p) {
        String position = position(p);
        return position == null ? named(p) : named(p) + ", " + position;
    }

    /** A person's position (of their organisation), as written after their name; null when none is recorded. */
    public String position(Person p) {
        String position = p.position() == null ? "" : texts.of(p.position());
        // a position recorded with its organisation in it ("Director-General of the United Nations Office at Geneva") is not given it twice
        if (p.organisation() != null && !p.organisation().isBlank()
                && (p.position() == null || !p.position().contains(p.organisation().strip()))) {
            position = say.say("person.position-of", "position", position, "organisation", texts.of(p.organisation()));
        }
        return position == null || position.isBlank() ? null : position;
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
