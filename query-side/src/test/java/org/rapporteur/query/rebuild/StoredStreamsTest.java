package org.rapporteur.query.rebuild;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.eventstore.EmbeddedMongoStore;
import org.rapporteur.events.EventJson;
import org.rapporteur.query.StoreWriter;
import org.rapporteur.query.history.RecordedEvent;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Interleaved streams are handed over whole, in sequence order, once each; a stream appended to while others are read
 * is handed over with or without what was appended, never with a gap.
 */
class StoredStreamsTest {

    @Test
    void eachMeetingsStreamIsHandedOverWholeOnce(@TempDir Path data) {
        try (EmbeddedMongoStore store = EmbeddedMongoStore.open(data);
             StoreWriter writer = new StoreWriter(store.connectionString());
             MongoClient client = MongoClients.create(store.connectionString())) {
            List<String> logged = new ArrayList<>(writer.log(List.of("ccm-11msp"), 45, 7));
            logged.addAll(writer.log(List.of("ccm-12msp", "ccm-13msp"), 600, 50));
            StoredStreams streams = new StoredStreams(client.getDatabase("rapporteur").getCollection("domainevents"), EventJson.mapper());

            Map<String, List<RecordedEvent>> handedOver = new LinkedHashMap<>();
            streams.forEachMeeting((meeting, stored) -> {
                assertThat(handedOver).doesNotContainKey(meeting);
                handedOver.put(meeting, streams.events(stored));
                if (handedOver.size() == 1) {
                    writer.log(List.of("ccm-11msp", "ccm-12msp", "ccm-13msp"), 3, 3);
                }
            });

            assertThat(handedOver).containsOnlyKeys("ccm-11msp", "ccm-12msp", "ccm-13msp");
            List<String> ids = new ArrayList<>();
            Map<String, Integer> lengths = Map.of("ccm-11msp", 45, "ccm-12msp", 600, "ccm-13msp", 600);
            handedOver.forEach((meeting, events) -> {
                int before = lengths.get(meeting);
                assertThat(events.size()).isIn(before, before + 3);
                assertThat(events).extracting(RecordedEvent::sequence).containsExactlyElementsOf(
                        java.util.stream.LongStream.range(0, events.size()).boxed().toList());
                assertThat(events).allSatisfy(e -> assertThat(e.loggedBy()).isEqualTo("clerk"));
                events.stream().limit(before).forEach(e -> ids.add(e.eventId()));
            });
            assertThat(ids).containsExactlyInAnyOrderElementsOf(logged);
        }
    }
}
