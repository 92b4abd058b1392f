package org.rapporteur.events;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A client of the contract gets the contract: none of the store's, the web's or Spring's classes come with it. */
class ContractClasspathTest {

    @Test
    void theContractDragsInNoInfrastructure() {
        List<String> infrastructure = List.of("com.mongodb.client.MongoClient", "org.bson.Document",
                "org.h2.mvstore.MVStore", "de.bwaldvogel.mongo.MongoServer", "io.netty.buffer.ByteBuf",
                "org.springframework.context.ApplicationContext", "org.springframework.security.core.Authentication",
                "org.axonframework.config.Configurer", "org.axonframework.eventsourcing.eventstore.EventStore",
                "org.rapporteur.eventstore.EventStoreConfiguration", "jakarta.servlet.http.HttpServletRequest");
        assertThat(infrastructure).noneMatch(ContractClasspathTest::loadable);
        assertThat(loadable("org.axonframework.serialization.Revision")).isTrue();
    }

    private static boolean loadable(String name) {
        try {
            Class.forName(name, false, ContractClasspathTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
