package org.rapporteur.query.report.wording;

import org.junit.jupiter.api.Test;
import org.rapporteur.events.decisions.Verb;
import org.rapporteur.profiles.BodyProfile;
import org.rapporteur.query.report.compose.ReportGenerator;

import static org.assertj.core.api.Assertions.assertThat;

/** Every verb a clause may be adopted with is worded, in each tense, in every language of every shipped profile. */
class VerbWordingTest {

    @Test
    void everyVerbIsWordedInEveryLanguageAndTense() {
        for (String id : ReportGenerator.defaultProfiles().ids()) {
            BodyProfile profile = ReportGenerator.defaultProfiles().require(id);
            for (String language : profile.languages()) {
                Phrasing say = new Phrasing(Wording.of(profile, language));
                for (Verb verb : Verb.values()) {
                    for (String tense : new String[] {"past", "present"}) {
                        assertThat(say.say("verb", "verb", verb, "tense", tense))
                                .as("%s in %s (%s, %s)", verb, language, id, tense).isNotBlank();
                    }
                }
            }
        }
    }
}
