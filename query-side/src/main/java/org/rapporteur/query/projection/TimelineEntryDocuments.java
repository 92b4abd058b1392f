package org.rapporteur.query.projection;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectReader;
import org.bson.Document;
import org.bson.RawBsonDocument;
import org.rapporteur.events.EventJson;
import org.rapporteur.query.timeline.TimelineEntry;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A timeline entry as a stored document, written field by field (its JSON names, a missing value left out, clocks as
 * ISO text), without a JSON text in between: at 100,000 entries per rebuild, serializing each entry to JSON and the
 * driver encoding that text again took about an eighth of a rebuild. An entry an earlier version stored as JSON text
 * is read as well.
 */
final class TimelineEntryDocuments {

    private static final long YEAR_0 = LocalDateTime.of(0, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    private static final long YEAR_10000 = LocalDateTime.of(10000, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    private static final ObjectReader EARLIER = EventJson.mapper().readerFor(TimelineEntry.class);

    private TimelineEntryDocuments() {
    }

    static RawBsonDocument write(TimelineEntry entry) {
        BsonBytes writer = new BsonBytes(512).start();
        writer.int64("sequence", entry.sequence());
        text(writer, "eventId", entry.eventId());
        text(writer, "kind", entry.kind());
        if (entry.plenarySession() != null) {
            writer.int32("plenarySession", entry.plenarySession());
        }
        text(writer, "date", entry.date());
        text(writer, "time", entry.time());
        text(writer, "meetingOrder", entry.meetingOrder());
        if (entry.loggedAt() != null) {
            writer.string("loggedAt", isoText(entry.loggedAt()));
        }
        text(writer, "loggedBy", entry.loggedBy());
        text(writer, "description", entry.description());
        text(writer, "agendaItem", entry.agendaItem());
        list(writer, "states", entry.states());
        text(writer, "status", entry.status());
        text(writer, "corrects", entry.corrects());
        text(writer, "before", entry.before());
        text(writer, "after", entry.after());
        text(writer, "reason", entry.reason());
        list(writer, "correctedBy", entry.correctedBy());
        text(writer, "current", entry.current());
        return writer.end();
    }

    /** An entry as read back: a document, or the JSON text an earlier version stored. */
    static TimelineEntry read(Object stored) {
        if (stored instanceof String json) {
            try {
                return EARLIER.readValue(json);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
        Document d = StoredBytes.document(stored);
        return new TimelineEntry(d.get("sequence", Number.class).longValue(), d.getString("eventId"), d.getString("kind"),
                d.get("plenarySession") == null ? null : d.get("plenarySession", Number.class).intValue(),
                parse(d, "date", LocalDate::parse), parse(d, "time", LocalTime::parse),
                parse(d, "meetingOrder", LocalDateTime::parse), parse(d, "loggedAt", Instant::parse),
                d.getString("loggedBy"), d.getString("description"), d.getString("agendaItem"), strings(d, "states"),
                parse(d, "status", TimelineEntry.Status::valueOf), d.getString("corrects"), d.getString("before"),
                d.getString("after"), d.getString("reason"), strings(d, "correctedBy"), d.getString("current"));
    }

    private static void text(BsonBytes writer, String name, Object value) {
        if (value != null) {
            writer.string(name, value.toString());
        }
    }

    /**
     * The instant as {@link Instant#toString} writes it (seconds always, a fraction in groups of three digits as
     * needed), without its formatter, which took a third of writing an entry.
     */
    static String isoText(Instant instant) {
        if (instant.getEpochSecond() < YEAR_0 || instant.getEpochSecond() >= YEAR_10000) {
            return instant.toString();
        }
        LocalDateTime utc = LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        StringBuilder text = new StringBuilder(30);
        digits(text, utc.getYear(), 4).append('-');
        digits(text, utc.getMonthValue(), 2).append('-');
        digits(text, utc.getDayOfMonth(), 2).append('T');
        digits(text, utc.getHour(), 2).append(':');
        digits(text, utc.getMinute(), 2).append(':');
        digits(text, utc.getSecond(), 2);
        int nano = instant.getNano();
        if (nano > 0) {
            text.append('.');
            if (nano % 1_000_000 == 0) {
                digits(text, nano / 1_000_000, 3);
            } else if (nano % 1000 == 0) {
                digits(text, nano / 1000, 6);
            } else {
                digits(text, nano, 9);
            }
        }
        return text.append('Z').toString();
    }

    private static StringBuilder digits(StringBuilder text, int value, int width) {
        String number = Integer.toString(value);
        text.append("000000000", 0, width - number.length());
        return text.append(number);
    }

    private static void list(BsonBytes writer, String name, List<String> values) {
        if (values == null) {
            return;
        }
        writer.startArray(name);
        for (String value : values) {
            if (value == null) {
                writer.nul(null);
            } else {
                writer.string(null, value);
            }
        }
        writer.close();
    }

    private static <T> T parse(Document d, String name, java.util.function.Function<String, T> parser) {
        String text = d.getString(name);
        return text == null ? null : parser.apply(text);
    }

    private static List<String> strings(Document d, String name) {
        return d.containsKey(name) ? d.getList(name, String.class) : null;
    }
}
