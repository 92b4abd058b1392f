package org.rapporteur.query.projection;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.bson.RawBsonDocument;
import org.rapporteur.events.EventJson;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A view as stored (under {@code view} in {@code {_id: meeting id, view: …}}), serialized by Jackson straight into BSON
 * ({@link ViewGenerator}, no token buffer between):
 * the same document the view converted to maps used to give (each number of the type it was serialized as), without
 * the maps, or the driver looking up a codec for every value.
 */
final class ViewDocuments {

    private static final ObjectMapper MAPPER = EventJson.mapper();

    private ViewDocuments() {
    }

    static RawBsonDocument write(Object view) {
        BsonBytes writer = new BsonBytes(4096).start();
        try (ViewGenerator generator = new ViewGenerator(MAPPER, writer)) {
            MAPPER.writeValue(generator, view);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return writer.end();
    }
}
