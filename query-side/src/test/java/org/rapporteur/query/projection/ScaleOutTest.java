package org.rapporteur.query.projection;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.pooled.PooledStreamingEventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapporteur.eventstore.EmbeddedMongoStore;
import org.rapporteur.query.QuerySides;
import org.rapporteur.query.StoreWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Two query-side instances on one store share the projection's segments, and one takes over when the other stops. */
class ScaleOutTest {

    /** Which instances handled each event, by event id. */
    static final Map<String, List<String>> HANDLED_BY = new ConcurrentHashMap<>();
    private static final List<String> MEETINGS = IntStream.range(0, 12).mapToObj(i -> "ccm-" + i + "msp").toList();

    private EmbeddedMongoStore store;
    private ConfigurableApplicationContext first;
    private ConfigurableApplicationContext second;

    @AfterEach
    void stop() {
        if (second != null) second.close();
        if (first != null) first.close();
        if (store != null) store.close();
    }

    @Test
    void twoInstancesSplitTheSegmentsAndProjectEveryEventOnceThenOneTakesOver(@TempDir Path data) {
        HANDLED_BY.clear();
        store = EmbeddedMongoStore.open(data);
        try (StoreWriter writer = new StoreWriter(store.connectionString())) {
            writer.log(MEETINGS, 1, 1);
            first = QuerySides.start(store, "first", Counting.class);
            second = QuerySides.start(store, "second", Counting.class);
            await().atMost(Duration.ofSeconds(30)).until(() -> claimed(first) == 2 && claimed(second) == 2);

            List<String> together = writer.log(MEETINGS, 20, 5);
            ReadModelStore readModels = second.getBean(ReadModelStore.class);
            await().atMost(Duration.ofSeconds(60)).until(() -> MEETINGS.stream().allMatch(m -> readModels.position(m) == 20));
            await().atMost(Duration.ofSeconds(10)).until(() -> together.stream().allMatch(HANDLED_BY::containsKey));
            assertThat(together).allSatisfy(id -> assertThat(HANDLED_BY.get(id)).as(id).hasSize(1));
            assertThat(together.stream().map(id -> HANDLED_BY.get(id).get(0)).distinct())
                    .as("both instances projected").containsExactlyInAnyOrder("first", "second");

            first.close();
            first = null;
            await().atMost(Duration.ofSeconds(30)).until(() -> claimed(second) == ProjectionConfiguration.SEGMENTS);
            List<String> afterHandover = writer.log(MEETINGS, 10, 5);
            await().atMost(Duration.ofSeconds(60)).until(() -> MEETINGS.stream().allMatch(m -> readModels.position(m) == 30));
            await().atMost(Duration.ofSeconds(10)).until(() -> afterHandover.stream().allMatch(HANDLED_BY::containsKey));
            assertThat(afterHandover).allSatisfy(id -> assertThat(HANDLED_BY.get(id)).as(id).containsExactly("second"));
        }
    }

    private static int claimed(ConfigurableApplicationContext context) {
        return context.getBean(EventProcessingConfiguration.class)
                .eventProcessor(ProjectionConfiguration.PROCESSOR, PooledStreamingEventProcessor.class)
                .map(p -> p.processingStatus().size()).orElse(0);
    }

    /** Registered as a source of the two instances only (not a scanned configuration). */
    static class Counting {
        @Bean
        Counter counter(@Value("${spring.application.name}") String name) {
            return new Counter(name.replace("query-side-", ""));
        }
    }

    @ProcessingGroup(ProjectionConfiguration.PROCESSOR)
    static class Counter {
        private final String instance;

        Counter(String instance) {
            this.instance = instance;
        }

        @EventHandler
        void on(Object event, EventMessage<?> message) {
            HANDLED_BY.computeIfAbsent(message.getIdentifier(), id -> new CopyOnWriteArrayList<>()).add(instance);
        }
    }
}
