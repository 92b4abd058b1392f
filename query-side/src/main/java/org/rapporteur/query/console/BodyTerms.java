package org.rapporteur.query.console;

import org.rapporteur.profiles.BodyProfile;
import org.rapporteur.profiles.BodyProfiles;
import org.rapporteur.profiles.Localized;
import org.rapporteur.profiles.ProfileException;
import org.rapporteur.events.SessionRef;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.report.compose.ReportGenerator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the meeting's body calls things, from its profile, as the pickers offer them: its offices, regional
 * groups, participation categories and kinds of session (the facts hold their keys, the secretary sees names).
 * When convening: the bodies there are profiles of, and what each calls its sessions.
 */
final class BodyTerms {

    static final String OFFICES = "offices";
    static final String REGIONS = "regions";
    static final String CATEGORIES = "categories";
    static final String SESSIONS = "sessions";
    static final String PROFILES = "profiles";
    static final String SESSION_NAMES = "session-names";

    private BodyTerms() {
    }

    static Map<String, List<FormField.Option>> of(MeetingHistory history) {
        Map<String, List<FormField.Option>> terms = new LinkedHashMap<>();
        profile(ReportGenerator.profileIdOf(history)).ifPresent(profile -> {
            var body = profile.body();
            terms.put(OFFICES, options(body.offices()));
            terms.put(REGIONS, options(body.regionalGroups()));
            Map<String, Localized> categories = new LinkedHashMap<>();
            body.participationCategories().forEach((key, category) -> categories.put(key, category.name()));
            terms.put(CATEGORIES, options(categories));
            List<FormField.Option> sessions = new ArrayList<>();
            sessions.add(new FormField.Option(SessionRef.REGULAR, english(body.session())));
            sessions.addAll(options(body.otherSessions()));
            terms.put(SESSIONS, sessions);
        });
        return terms;
    }

    /** The public names of the facts the meeting's profile's report states or leaves out knowingly; empty if unknown. */
    static Optional<java.util.Set<String>> reportedFacts(MeetingHistory history) {
        return profile(ReportGenerator.profileIdOf(history)).map(profile -> {
            java.util.Set<String> facts = new java.util.HashSet<>();
            java.util.ArrayDeque<org.rapporteur.profiles.ReportOutline.Part> parts =
                    new java.util.ArrayDeque<>(profile.report().parts());
            while (!parts.isEmpty()) {
                var part = parts.pop();
                part.facts().forEach(fact -> facts.add(fact.publicName()));
                parts.addAll(part.parts());
            }
            profile.report().leavesOut().forEach(fact -> facts.add(fact.publicName()));
            return facts;
        });
    }

    /** The body of a meeting being convened: each profile by name, and what the bodies call their sessions. */
    static Map<String, List<FormField.Option>> forConvening() {
        List<FormField.Option> profiles = new ArrayList<>();
        List<FormField.Option> sessionNames = new ArrayList<>();
        BodyProfiles all = ReportGenerator.defaultProfiles();
        for (String id : all.ids()) {
            try {
                all.byId(id).ifPresent(profile -> {
                    var body = profile.body();
                    String name = english(body.name());
                    profiles.add(new FormField.Option(id, body.acronym() == null ? name : name + " (" + body.acronym() + ")"));
                    String session = capital(english(body.session()));
                    sessionNames.add(new FormField.Option(session, session, name));
                    body.otherSessions().values().forEach(other ->
                            sessionNames.add(new FormField.Option(capital(english(other)), capital(english(other)), name)));
                });
            } catch (ProfileException unreadable) {
                // a profile that does not load is not offered; convening under it would be refused anyway
            }
        }
        return Map.of(PROFILES, profiles, SESSION_NAMES, sessionNames);
    }

    /** The label the body's profile gives a value of one of the CCM's enumerations ("STATE_PARTY": "States parties"). */
    static String labelOf(Map<String, List<FormField.Option>> terms, String offer, String enumValue) {
        String key = enumValue.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        for (FormField.Option option : terms.getOrDefault(offer, List.of())) {
            if (option.value().equals(key)) {
                return capital(option.label());
            }
        }
        return null;
    }

    private static Optional<BodyProfile> profile(String id) {
        try {
            return ReportGenerator.defaultProfiles().byId(id);
        } catch (ProfileException unreadable) {
            return Optional.empty();
        }
    }

    private static List<FormField.Option> options(Map<String, Localized> named) {
        List<FormField.Option> options = new ArrayList<>();
        named.forEach((key, name) -> options.add(new FormField.Option(key, english(name))));
        options.sort(java.util.Comparator.comparing(FormField.Option::label));
        return options;
    }

    /** The English text; an office's name that selects on count and gender is offered as for one holder. */
    private static String english(Localized text) {
        String english = text == null ? "" : text.in("en").orElseGet(() -> text.texts().values().stream().findFirst().orElse(""));
        return english.indexOf('{') < 0 ? english
                : new com.ibm.icu.text.MessageFormat(english, com.ibm.icu.util.ULocale.ENGLISH)
                        .format(Map.of("count", 1, "gender", "other"));
    }

    static String capital(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
