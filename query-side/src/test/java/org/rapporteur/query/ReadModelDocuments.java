package org.rapporteur.query;

import com.mongodb.client.MongoDatabase;
import org.bson.Document;
import org.rapporteur.query.projection.ReadModelStore;
import org.rapporteur.query.report.drafts.ReportStore;

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

    /** The stored reports, in _id order, without the moment each was generated. */
    public static List<Document> reports(MongoDatabase database) {
        List<Document> reports = database.getCollection(ReportStore.COLLECTION).find()
                .sort(new Document("_id", 1)).into(new ArrayList<>());
        reports.forEach(report -> report.remove("generatedAt"));
        return reports;
    }
}
