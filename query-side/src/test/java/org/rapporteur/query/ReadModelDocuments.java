package org.rapporteur.query;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.rapporteur.query.projection.ReadModelStore;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Every read-model document in the database, by collection, in _id order: to compare two builds. */
public final class ReadModelDocuments {

    private ReadModelDocuments() {
    }

    public static Map<String, List<Document>> of(MongoDatabase database) {
        Map<String, List<Document>> documents = new TreeMap<>();
        for (String collection : ReadModelStore.collections()) {
            documents.put(collection, database.getCollection(collection).find()
                    .sort(new Document("_id", 1)).into(new ArrayList<>()));
        }
        return documents;
    }
}
