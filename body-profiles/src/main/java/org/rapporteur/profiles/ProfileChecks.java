package org.rapporteur.profiles;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a profile's schema cannot say: every text in every language, headings' and symbols' placeholders, ... */
final class ProfileChecks {

    /** What a heading may say about the meeting. */
    static final Set<String> HEADING_ARGUMENTS = Set.of("meeting", "ordinal", "body", "acronym", "members", "year");
    /** What an office's name may select on: how many hold it, and their grammatical gender. */
    static final Set<String> OFFICE_ARGUMENTS = Set.of("count", "gender");
    /** What a document symbol scheme may contain. */
    static final Set<String> SYMBOL_PLACEHOLDERS = Set.of("year", "number", "ordinal", "acronym");
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern SYMBOL_PLACEHOLDER = Pattern.compile("\\{([^}]*)}");

    private final String source;
    private final List<String> languages;

    private ProfileChecks(String source, List<String> languages) {
        this.source = source;
        this.languages = languages;
    }

    static void check(BodyProfileReader.ProfileFile file, String source) {
        if (!ID.matcher(file.id()).matches()) {
            throw new ProfileException(source, 1, "id '" + file.id() + "' must be lower-case letters, digits and '-'");
        }
        if (file.languages().isEmpty()) {
            throw new ProfileException(source, 0, "languages: name at least one");
        }
        for (String language : file.languages()) {
            if (!Languages.known(language)) {
                throw new ProfileException(source, 0, "languages: '" + language + "' is not an ISO 639 language code");
            }
        }
        new ProfileChecks(source, file.languages()).body(file.body()).outline(file.report());
    }

    private ProfileChecks body(Body body) {
        complete(body.name(), "body.name");
        complete(body.members(), "body.members");
        complete(body.session(), "body.session");
        keyed(body.otherSessions(), "body.otherSessions");
        keyed(body.offices(), "body.offices");
        if (body.referredToAs() != null) {
            complete(body.referredToAs(), "body.referredToAs");
        }
        for (Map.Entry<String, Localized> office : body.offices().entrySet()) {
            for (Map.Entry<String, String> text : office.getValue().texts().entrySet()) {
                Optional<String> problem = Messages.checkArguments("body.offices." + office.getKey() + "." + text.getKey(),
                        text.getValue(), OFFICE_ARGUMENTS);
                if (problem.isPresent()) {
                    throw new ProfileException(source, office.getValue().line(), problem.get());
                }
            }
        }
        keyed(body.regionalGroups(), "body.regionalGroups");
        for (Map.Entry<String, String> standing : body.standingBodies().entrySet()) {
            key(standing.getKey(), 0, "body.standingBodies");
            if (standing.getValue() == null || standing.getValue().isBlank()) {
                throw new ProfileException(source, 0, "body.standingBodies." + standing.getKey() + ": no name");
            }
        }
        for (Map.Entry<String, ParticipationCategory> c : body.participationCategories().entrySet()) {
            key(c.getKey(), c.getValue().name().line(), "body.participationCategories");
            complete(c.getValue().name(), "body.participationCategories." + c.getKey());
        }
        if (body.symbols() != null) {
            Matcher m = SYMBOL_PLACEHOLDER.matcher(body.symbols());
            while (m.find()) {
                if (!SYMBOL_PLACEHOLDERS.contains(m.group(1))) {
                    throw new ProfileException(source, 0, "body.symbols: unknown placeholder {" + m.group(1)
                            + "} (it may use " + String.join(", ", SYMBOL_PLACEHOLDERS.stream().sorted().toList()) + ")");
                }
            }
        }
        return this;
    }

    private void outline(ReportOutline report) {
        if (report.parts().isEmpty()) {
            throw new ProfileException(source, 0, "report.parts: name at least one part");
        }
        if (report.header().title() != null) {
            heading(report.header().title(), "report.header.title");
        }
        if (report.header().note() != null) {
            heading(report.header().note(), "report.header.note");
        }
        Set<String> ids = new HashSet<>();
        Set<ReportFact> reported = new HashSet<>();
        for (ReportOutline.Part part : report.parts()) {
            part(part, "report.parts", ids, reported);
        }
        for (ReportFact left : report.leavesOut()) {
            if (reported.contains(left)) {
                throw new ProfileException(source, 0, "report.leavesOut: '" + left.publicName()
                        + "' is reported by a part");
            }
        }
        for (ReportOutline.Annex annex : report.annexes()) {
            if (annex.heading() != null) {
                heading(annex.heading(), "report.annexes." + annex.kind().publicName());
            }
        }
        for (Map.Entry<String, Map<String, Wording.Phrase>> language : report.wording().byLanguage().entrySet()) {
            if (!languages.contains(language.getKey())) {
                int line = language.getValue().values().stream().mapToInt(Wording.Phrase::line).min().orElse(0);
                throw new ProfileException(source, line, "report.wording." + language.getKey()
                        + ": the profile's languages are " + String.join(", ", languages));
            }
            for (Map.Entry<String, Wording.Phrase> phrase : language.getValue().entrySet()) {
                Optional<String> problem = Messages.shipped().check(phrase.getKey(), phrase.getValue().pattern());
                if (problem.isPresent()) {
                    throw new ProfileException(source, phrase.getValue().line(), problem.get());
                }
            }
        }
    }

    private void part(ReportOutline.Part part, String path, Set<String> ids, Set<ReportFact> reported) {
        int line = part.heading().line();
        if (part.id() != null) {
            key(part.id(), line, path);
            if (!ids.add(part.id())) {
                throw new ProfileException(source, line, path + ": part '" + part.id() + "' given twice");
            }
        }
        String here = path + "." + (part.id() == null ? "part" : part.id());
        heading(part.heading(), here + ".heading");
        for (ReportFact fact : part.facts()) {
            if (!reported.add(fact)) {
                throw new ProfileException(source, line, here + ": '" + fact.publicName()
                        + "' is reported by another part already");
            }
        }
        for (ReportOutline.Part sub : part.parts()) {
            part(sub, here, ids, reported);
        }
    }

    private void heading(Localized heading, String path) {
        complete(heading, path);
        for (Map.Entry<String, String> text : heading.texts().entrySet()) {
            Optional<String> problem = Messages.checkArguments(path + "." + text.getKey(), text.getValue(), HEADING_ARGUMENTS);
            if (problem.isPresent()) {
                throw new ProfileException(source, heading.line(), problem.get());
            }
        }
    }

    private void keyed(Map<String, Localized> texts, String path) {
        for (Map.Entry<String, Localized> e : texts.entrySet()) {
            key(e.getKey(), e.getValue().line(), path);
            complete(e.getValue(), path + "." + e.getKey());
        }
    }

    private void key(String key, int line, String path) {
        if (!KEY.matcher(key).matches()) {
            throw new ProfileException(source, line, path + ": key '" + key + "' must be lower-case letters, digits and '-'");
        }
    }

    private void complete(Localized text, String path) {
        for (String language : languages) {
            if (text.in(language).isEmpty()) {
                throw new ProfileException(source, text.line(), path + ": no text in '" + language + "'");
            }
        }
        for (String language : text.texts().keySet()) {
            if (!languages.contains(language)) {
                throw new ProfileException(source, text.line(), path + ": '" + language
                        + "' is not one of the profile's languages (" + String.join(", ", languages) + ")");
            }
        }
    }
}
