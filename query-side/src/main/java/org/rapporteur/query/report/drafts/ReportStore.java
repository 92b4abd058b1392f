package org.rapporteur.query.report.drafts;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.bson.types.Binary;
import org.rapporteur.query.report.GeneratedReport;
import org.rapporteur.query.report.render.ReportJson;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;

import static com.mongodb.client.model.Filters.eq;

/**
 * The latest generated report of each meeting (in its body's first language): the model as JSON and its Markdown,
 * with the sequence it covers and the fingerprint of the generator and profile it was made with.
 */
@Component
public class ReportStore {

    public static final String COLLECTION = "reports";

    private final MongoCollection<Document> reports;

    public ReportStore(MongoDatabase rapporteurDatabase) {
        this.reports = rapporteurDatabase.getCollection(COLLECTION);
    }

    public void save(GeneratedReport report) {
        reports.replaceOne(eq("_id", report.meetingId()), document(report), new ReplaceOptions().upsert(true));
    }

    /** The report's document as stored. */
    public static Document document(GeneratedReport report) {
        return new Document("_id", report.meetingId())
                .append("sequence", report.sequence())
                .append("generatedAt", new Date())
                .append("model", utf8(ReportJson.write(report.document(), false)))
                .append("markdown", utf8(report.markdown()))
                .append("fingerprint", report.fingerprint());
    }

    /** Forgets every stored report (before a replay rebuilds them). */
    public void clear() {
        reports.deleteMany(new Document());
    }

    public Optional<GeneratedReport> latest(String meetingId) {
        Document d = reports.find(eq("_id", meetingId)).first();
        if (d == null) {
            return Optional.empty();
        }
        return Optional.of(new GeneratedReport(meetingId, ((Number) d.get("sequence")).longValue(),
                ReportJson.read(text(d.get("model"))), text(d.get("markdown")), d.getString("fingerprint")));
    }

    // 100 KB texts stored as their UTF-8 bytes: the driver and the store pass bytes on, where they encode text char by char
    private static Binary utf8(String text) {
        return new Binary(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A text as stored: UTF-8 bytes, or text as an earlier version stored it. */
    private static String text(Object stored) {
        return stored instanceof Binary bytes ? new String(bytes.getData(), StandardCharsets.UTF_8) : (String) stored;
    }

    /** The sequence the stored report covers, without reading the report itself. */
    public Optional<Long> storedSequence(String meetingId) {
        Document d = reports.find(eq("_id", meetingId)).projection(new Document("sequence", 1)).first();
        return d == null ? Optional.empty() : Optional.of(((Number) d.get("sequence")).longValue());
    }
}
