package org.rapporteur.query.projection;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.ListenerInvocationErrorHandler;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.axonframework.extensions.mongo.eventsourcing.tokenstore.MongoTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** The read models are built by pooled streaming processors whose tokens live in MongoDB beside the events. */
@Configuration(proxyBeanMethods = false)
public class ProjectionConfiguration {

    public static final String PROCESSOR = "projections";
    /** The draft report has a processor of its own: generating it takes longer than every other view together. */
    public static final String REPORT_PROCESSOR = "report";
    public static final int SEGMENTS = 4;
    /** How often the idle processor peeks at its stream for new events. */
    static final Duration PROMPT = Duration.ofMillis(2);

    /**
     * Each instance claims segments under its own node id, also when two run in one JVM (the default is the JVM's
     * name); a batch's token is stored after its views ({@link TrailingTokens}).
     */
    @Bean
    public TokenStore tokenStore(MongoTemplate axonMongoTemplate, Serializer serializer) {
        return new TrailingTokens(MongoTokenStore.builder()
                .mongoTemplate(axonMongoTemplate)
                .serializer(serializer)
                .nodeId(ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8))
                .build());
    }

    /** Every processor that builds read models from the event store. */
    public static List<String> processors() {
        return List.of(PROCESSOR, REPORT_PROCESSOR);
    }

    /**
     * An event a handler cannot take (one that cannot be read, say) parks its meeting for the processor's projection
     * instead of being logged and skipped, which would leave the views short of it for good.
     */
    @Bean
    public ConfigurerModule parkingOnHandlerFailure(ParkedMeetings parked) {
        return configurer -> configurer.eventProcessing(processing -> {
            processing.registerListenerInvocationErrorHandler(PROCESSOR, config -> parking(parked, MeetingProjector.NAME));
            processing.registerListenerInvocationErrorHandler(REPORT_PROCESSOR, config -> parking(parked, "report"));
        });
    }

    private static ListenerInvocationErrorHandler parking(ParkedMeetings parked, String projection) {
        return (exception, event, handler) -> {
            if (!(event instanceof DomainEventMessage<?> message)) {
                throw exception;
            }
            RuntimeException failure = exception instanceof RuntimeException runtime ? runtime : new IllegalStateException(exception);
            parked.park(projection, message.getAggregateIdentifier(), message.getSequenceNumber(), message.getIdentifier(),
                    null, ParkedMeetings.reason(failure));
        };
    }

    @Bean
    public ConfigurerModule projectionProcessor() {
        return configurer -> configurer.eventProcessing(processing -> processors().forEach(name -> processing
                .registerPooledStreamingEventProcessor(name,
                        config -> new PromptEventSource(config.eventStore(), PROMPT),
                        (config, builder) -> builder
                        .initialSegmentCount(SEGMENTS)
                        .batchSize(100)
                        // an instance looks for segments to claim every second, so a stopped instance's segments move quickly
                        .tokenClaimInterval(1000)
                        // a new processor starts at the tail; the default ReplayToken misbehaves with Mongo tokens (extension-mongo#498)
                        .initialToken(StreamableMessageSource::createTailToken))));
    }
}
