package org.rapporteur.query.report.wording;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rapporteur.profiles.BodyProfile;
import org.rapporteur.query.report.compose.ReportGenerator;

import static org.assertj.core.api.Assertions.assertThat;

/** Clauses of one sentence: an incise is closed before the conjunction, and never given a second comma. */
class ClausesTest {

    private static Wording wording(String body, String language) {
        BodyProfile profile = ReportGenerator.defaultProfiles().require(body);
        return Wording.of(profile, language);
    }

    @Test
    void anInciseBeforeTheConjunctionIsClosed() {
        assertThat(wording("bwc", "en").clauses(List.of("adopted its agenda, as contained in document X/1",
                "adopted its rules of procedure")))
                .isEqualTo("adopted its agenda, as contained in document X/1, and adopted its rules of procedure");
        assertThat(wording("bwc", "fr").clauses(List.of("a adopté son ordre du jour, publié sous la cote X/1",
                "a adopté son règlement intérieur")))
                .isEqualTo("a adopté son ordre du jour, publié sous la cote X/1, et a adopté son règlement intérieur");
    }

    @Test
    void aSerialCommaIsNotDoubledAndPlainClausesAreLeftAlone() {
        assertThat(wording("ccm", "en").clauses(List.of("adopted its agenda, as contained in X/1",
                "confirmed its rules, as contained in X/2", "took note of the programme")))
                .isEqualTo("adopted its agenda, as contained in X/1, confirmed its rules, as contained in X/2, "
                        + "and took note of the programme");
        assertThat(wording("bwc", "en").clauses(List.of("adopted its agenda", "adopted its rules, as contained in X/2")))
                .isEqualTo("adopted its agenda and adopted its rules, as contained in X/2");
        assertThat(wording("bwc", "en").clauses(List.of("adopted its agenda, as contained in X/1")))
                .isEqualTo("adopted its agenda, as contained in X/1");
    }
}
