package org.rapporteur.query.projection;

import org.bson.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rapporteur.query.history.EventFacts;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.report.ScenarioHistories;

import static org.assertj.core.api.Assertions.assertThat;

/** Views written straight into BSON are the documents the views converted to maps gave, to the type of every number. */
class ViewDocumentsTest {

    @ParameterizedTest
    @ValueSource(strings = {"ccm-12msp", "cites-sample"})
    void everyViewIsStoredAsTheMapsOfItsJsonWere(String example) {
        MeetingHistory history = ScenarioHistories.of(example);
        for (MeetingView view : MeetingView.values()) {
            Object value = view.fold(history);
            Document throughMaps = new Document(EventFacts.map(value));
            assertThat(ViewDocuments.write(value)).as(view.name())
                    .isEqualTo(throughMaps.toBsonDocument());
        }
    }
}
