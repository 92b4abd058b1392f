package org.rapporteur.query.report.compose;

import org.rapporteur.profiles.BodyProfile;
import org.rapporteur.profiles.BodyProfiles;
import org.rapporteur.profiles.ProfileException;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.report.ReportDocument.Header;
import org.rapporteur.query.report.ReportDocument.Problem;
import org.rapporteur.query.report.ReportDocument;
import org.rapporteur.query.report.facts.FactGatherer;
import org.rapporteur.query.report.facts.MeetingFacts;
import org.rapporteur.query.report.wording.Phrasing;
import org.rapporteur.query.report.wording.Wording;

import java.util.List;

/**
 * The draft final report of a meeting: a pure function of its effective actions (corrections applied, withdrawn
 * actions left out), its body's profile (outline and wording) and a language. A first pass gathers the facts
 * ({@link FactGatherer}); each part of the outline is written by the composers of its facts ({@link Composition});
 * the assembler numbers paragraphs and footnotes.
 */
public final class ReportGenerator {

    /** Changes when the generator writes differently: part of every stored report's fingerprint. */
    public static final String VERSION = "profiles-3";

    private static volatile Loaded defaults;
    private final BodyProfiles profiles;

    public ReportGenerator() {
        this(defaultProfiles());
    }

    public ReportGenerator(BodyProfiles profiles) {
        this.profiles = profiles;
    }

    /** The profiles of this process: shipped, with the directory of {@code rapporteur.profiles.dir} if set. */
    public static BodyProfiles defaultProfiles() {
        String directory = System.getProperty(BodyProfiles.DIRECTORY_PROPERTY, "");
        Loaded loaded = defaults;
        if (loaded == null || !loaded.directory().equals(directory)) {
            // once per directory, also when serve loads them on a thread of its own while Spring starts and Spring's
            // configuration then names the directory (ProfilesDirectory)
            synchronized (ReportGenerator.class) {
                loaded = defaults;
                if (loaded == null || !loaded.directory().equals(directory)) {
                    loaded = new Loaded(directory, BodyProfiles.fromSystemProperties());
                    defaults = loaded;
                }
            }
        }
        return loaded.profiles();
    }

    private record Loaded(String directory, BodyProfiles profiles) {
    }

    public BodyProfiles profiles() {
        return profiles;
    }

    /** The report in its body's first language. */
    public ReportDocument generate(MeetingHistory history) {
        return generate(history, null);
    }

    /**
     * The report in {@code language} (null: the body's first language); a language the body's profile does not
     * speak is an {@link IllegalArgumentException}.
     */
    public ReportDocument generate(MeetingHistory history, String language) {
        MeetingFacts facts = FactGatherer.gather(history.effectiveActions());
        if (!facts.convenedAtAll()) {
            return empty(language == null ? "en" : language, List.of());
        }
        BodyProfile profile;
        try {
            profile = profileOf(facts);
        } catch (ProfileException e) {
            return empty(language == null ? "en" : language, List.of(new Problem(e.getMessage(), facts.convenedIds())));
        }
        String lang = language == null ? profile.languages().get(0) : language;
        if (!profile.speaks(lang)) {
            throw new IllegalArgumentException("the body's profile '" + profile.id() + "' gives its report in "
                    + String.join(", ", profile.languages()) + ", not in '" + lang + "'");
        }
        Wording wording = Wording.of(profile, lang);
        List<String> missing = wording.missing();
        if (!missing.isEmpty()) {
            return empty(lang, List.of(new Problem(untranslated(profile, lang, missing), facts.convenedIds())));
        }
        Phrasing say = new Phrasing(wording);
        Context context = new Context(facts, say, profile);
        List<Composition.WrittenPart> parts = Composition.write(context, part -> ReportAssembler.heading(context, part.heading()));
        return new ReportAssembler(context).assemble(parts);
    }

    /** The profile a meeting named when convened (meetings convened before profiles existed: {@value BodyProfiles#DEFAULT_PROFILE}). */
    public BodyProfile profileOf(MeetingFacts facts) {
        String id = facts.profileId() == null ? BodyProfiles.DEFAULT_PROFILE : facts.profileId();
        return profiles.require(id);
    }

    /** The profile a history's meeting named when convened ({@value BodyProfiles#DEFAULT_PROFILE} before profiles were named). */
    public static String profileIdOf(MeetingHistory history) {
        for (org.rapporteur.query.history.RecordedEvent e : history.events()) {
            if (e.event() instanceof org.rapporteur.events.meeting.MeetingConvened c && c.profile() != null) {
                return c.profile();
            }
        }
        return BodyProfiles.DEFAULT_PROFILE;
    }

    /**
     * Of what a report in {@code language} (null: the body's first) of a meeting of profile {@code profileId} is
     * made: this generator's version and the profile's fingerprint (its file and the shipped messages).
     */
    public String fingerprint(String profileId, String language) {
        try {
            BodyProfile profile = profiles.require(profileId);
            return VERSION + "/" + profile.id() + "/" + profile.fingerprint() + "/"
                    + (language == null ? profile.languages().get(0) : language);
        } catch (ProfileException e) {
            return VERSION + "/" + profileId + "/unknown";
        }
    }

    /** Why a language the profile declares cannot be written yet: every message it still lacks, the list to translate. */
    private static String untranslated(BodyProfile profile, String language, List<String> missing) {
        return "the report in '" + language + "' needs wording for " + missing.size() + " of the "
                + org.rapporteur.profiles.Messages.shipped().keys().size() + " report messages, which neither the shipped"
                + " wording nor profile '" + profile.id() + "' gives in '" + language + "' ("
                + String.join(", ", missing) + "): give each under report.wording." + language + " (docs/profiles.md)";
    }

    private static ReportDocument empty(String language, List<Problem> problems) {
        return new ReportDocument(new Header("", "", "", "", "", "", "", "", ""), List.of(), List.of(), null, List.of(),
                language, problems);
    }
}
