package org.rapporteur.query.meetings;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.SourceId;
import org.bson.Document;
import org.rapporteur.events.meeting.MeetingConvened;
import org.rapporteur.query.history.MeetingHistory;
import org.rapporteur.query.history.RecordedEvent;
import org.rapporteur.query.projection.MeetingProjection;
import org.rapporteur.query.projection.ProjectionConfiguration;
import org.rapporteur.query.projection.RebuildWrites;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static com.mongodb.client.model.Filters.eq;

/** The directory of convened meetings. */
@Component
@ProcessingGroup(ProjectionConfiguration.PROCESSOR)
public class MeetingDirectoryProjection implements MeetingProjection {

    static final String COLLECTION = "meetings";

    private final MongoCollection<Document> meetings;

    public MeetingDirectoryProjection(MongoDatabase rapporteurDatabase) {
        this.meetings = rapporteurDatabase.getCollection(COLLECTION);
    }

    @EventHandler
    void on(MeetingConvened event, @SourceId String meetingId) {
        store(meetingId, event);
    }

    @Override
    public void project(String meetingId, List<RecordedEvent> events) {
        for (RecordedEvent recorded : events) {
            if (recorded.event() instanceof MeetingConvened convened) {
                store(meetingId, convened);
            }
        }
    }

    @Override
    public void rebuild(MeetingHistory history, RebuildWrites writes) {
        for (RecordedEvent recorded : history.events()) {
            if (recorded.event() instanceof MeetingConvened convened) {
                writes.replace(COLLECTION, MeetingSummary.of(history.meetingId(), convened).toDocument());
            }
        }
    }

    @Override
    public void forget() {
    }

    @Override
    public String name() {
        return "directory";
    }

    private void store(String meetingId, MeetingConvened event) {
        MeetingSummary summary = MeetingSummary.of(meetingId, event);
        meetings.replaceOne(eq("_id", meetingId), summary.toDocument(), new ReplaceOptions().upsert(true));
    }

    public List<MeetingSummary> all() {
        return meetings.find().sort(new Document("startsOn", -1)).map(MeetingSummary::fromDocument).into(new ArrayList<>());
    }

    public Optional<MeetingSummary> byId(String meetingId) {
        return Optional.ofNullable(meetings.find(eq("_id", meetingId)).first()).map(MeetingSummary::fromDocument);
    }
}
