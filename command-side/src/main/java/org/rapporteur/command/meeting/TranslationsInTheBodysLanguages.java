package org.rapporteur.command.meeting;

import org.rapporteur.events.MeetingEvent;
import org.rapporteur.events.languages.TextsTranslated;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Texts are rendered in one of the body's other languages (not the one the meeting is recorded in, its first), each
 * recorded text once in one action, neither it nor its rendering blank.
 */
class TranslationsInTheBodysLanguages implements MeetingRule {

    @Override
    public Optional<String> objection(MeetingState meeting, MeetingEvent action) {
        if (!(action instanceof TextsTranslated translated)) {
            return Optional.empty();
        }
        BodyFacts body = meeting.body();
        if (body == null) {
            return Optional.of("the body profile " + meeting.profile() + " is not known, so its languages cannot be checked");
        }
        List<String> languages = body.languages();
        if (languages.get(0).equals(translated.language())) {
            return Optional.of("language: the meeting is recorded in " + languages.get(0)
                    + ", so its texts need no rendering in it; give another of the body's languages ("
                    + String.join(", ", languages.subList(1, languages.size())) + ")");
        }
        if (!languages.contains(translated.language())) {
            return Optional.of("language: " + BodyParts.unknown("a language of " + body.profile(), translated.language(),
                    Set.copyOf(languages.subList(1, languages.size()))));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < translated.texts().size(); i++) {
            TextsTranslated.Rendering r = translated.texts().get(i);
            if (r.recorded() == null || r.recorded().isBlank() || r.translation() == null || r.translation().isBlank()) {
                return Optional.of("texts[" + i + "]: both the text as recorded and its translation are needed");
            }
            if (!seen.add(r.recorded())) {
                return Optional.of("texts[" + i + "].recorded: \"" + r.recorded()
                        + "\" is rendered twice in one action; give it once");
            }
        }
        return Optional.empty();
    }
}
