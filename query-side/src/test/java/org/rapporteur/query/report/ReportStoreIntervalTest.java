package org.rapporteur.query.report;

import org.axonframework.eventsourcing.eventstore.EventStore;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.bson.types.Binary;
import org.junit.jupiter.api.Test;
import org.rapporteur.query.MeetingStreams;
import org.rapporteur.query.QuerySideApplication;
import org.rapporteur.query.ScriptedMeetings;
import org.rapporteur.query.TemporaryStores;
import org.rapporteur.query.projection.ReadModelStore;
import org.rapporteur.query.report.drafts.ReportService;
import org.rapporteur.query.report.drafts.ReportStore;
import org.rapporteur.query.report.render.ReportJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** While a meeting is logged its report is stored once per interval, and what came last is stored after it. */
@SpringBootTest(classes = QuerySideApplication.class, properties = {"rapporteur.security.enabled=false",
        "rapporteur.report.store-interval=4s"})
class ReportStoreIntervalTest {

    @DynamicPropertySource
    static void store(DynamicPropertyRegistry registry) {
        registry.add("rapporteur.mongo.data", TemporaryStores.directory("query-report-interval"));
    }

    private static final Duration INTERVAL = Duration.ofSeconds(4);

    @Autowired
    EventStore eventStore;
    @Autowired
    ReadModelStore views;
    @Autowired
    ReportStore reports;
    @Autowired
    ReportService service;
    @Autowired
    MongoDatabase database;

    @Test
    void theReportIsStoredOncePerIntervalAndEndsCurrent() {
        MeetingStreams streams = new MeetingStreams(eventStore);
        long before = service.regenerations();
        long started = System.nanoTime();
        for (int n = 0; n < 20; n++) {
            streams.log("ccm-14msp", ScriptedMeetings.action(n, k -> null));
            long logged = n;
            await().atMost(Duration.ofSeconds(10)).until(() -> views.position("ccm-14msp") == logged);
        }
        long intervals = Duration.ofNanos(System.nanoTime() - started).dividedBy(INTERVAL);
        assertThat(service.regenerations() - before).as("stored when logging began, then at most once per interval")
                .isLessThanOrEqualTo(1 + intervals + 1).isLessThan(20);
        assertThat(service.current("ccm-14msp")).get().extracting(GeneratedReport::sequence).isEqualTo(19L);

        await().atMost(Duration.ofSeconds(15)).until(() -> reports.storedSequence("ccm-14msp").orElse(-1L) == 19);
        assertThat(reports.latest("ccm-14msp")).get().extracting(GeneratedReport::sequence).isEqualTo(19L);
        assertThat(service.regenerations() - before).isLessThanOrEqualTo(1 + intervals + 2).isLessThan(20);
    }

    @Test
    void aReportStoredAsTextByAnEarlierVersionReadsTheSame() {
        MeetingStreams streams = new MeetingStreams(eventStore);
        for (int n = 0; n < 5; n++) {
            streams.log("ccm-15msp", ScriptedMeetings.action(n, k -> null));
        }
        await().atMost(Duration.ofSeconds(20)).until(() -> reports.storedSequence("ccm-15msp").orElse(-1L) == 4);
        GeneratedReport stored = reports.latest("ccm-15msp").orElseThrow();
        MongoCollection<Document> collection = database.getCollection(ReportStore.COLLECTION);
        Document document = collection.find(new Document("_id", "ccm-15msp")).first();
        assertThat(document.get("model")).isInstanceOf(Binary.class);
        document.put("model", ReportJson.write(stored.document(), false));
        document.put("markdown", stored.markdown());
        collection.replaceOne(new Document("_id", "ccm-15msp"), document);
        assertThat(reports.latest("ccm-15msp")).contains(stored);
    }
}
