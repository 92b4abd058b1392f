package org.rapporteur.query.rebuild;

import com.mongodb.client.MongoDatabase;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;

/**
 * Read models written by an earlier version in another layout are rebuilt at start: so far, the timeline as one
 * document per event in the collection {@value #EARLIER_TIMELINE}.
 */
@Component
class EarlierLayoutRebuild {

    static final String EARLIER_TIMELINE = "timeline";
    private static final Logger LOG = LoggerFactory.getLogger(EarlierLayoutRebuild.class);

    private final MongoDatabase database;
    private final ProjectionRebuild rebuild;

    EarlierLayoutRebuild(MongoDatabase rapporteurDatabase, ProjectionRebuild rebuild) {
        this.database = rapporteurDatabase;
        this.rebuild = rebuild;
    }

    @EventListener(ApplicationReadyEvent.class)
    void rebuildEarlierLayouts() {
        if (database.listCollectionNames().into(new ArrayList<>()).contains(EARLIER_TIMELINE)) {
            LOG.info("The timeline was stored in an earlier layout: rebuilding every read model");
            database.getCollection(EARLIER_TIMELINE).drop();
            rebuild.start();
        }
    }
}
