package org.rapporteur.eventstore;

import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import org.axonframework.extensions.mongo.DefaultMongoTemplate;
import org.axonframework.extensions.mongo.MongoTemplate;
import org.bson.BsonArray;
import org.bson.BsonBoolean;
import org.bson.BsonDocument;
import org.bson.BsonString;
import org.bson.conversions.Bson;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

/**
 * The indexes Axon's Mongo engine makes sure of ({@code ensureIndexes}), as the {@code createIndexes} commands the
 * driver sends for them: Axon's storage strategy is run over collections of its template (so of its collection
 * names) that only take down what it asks for. An option the driver would send and these commands do not carry is
 * refused, rather than left out.
 */
final class AxonIndexes {

    private AxonIndexes() {
    }

    /** The name of the events' collection in Axon's template, and the commands, in the order Axon asks for the indexes. */
    record Layout(String events, List<BsonDocument> commands) {
    }

    static Layout of(EventDocuments strategy) {
        List<BsonDocument> commands = new ArrayList<>();
        List<String> asked = new ArrayList<>();
        MongoDatabase database = proxy(MongoDatabase.class, (self, method, args) -> {
            if (method.getName().equals("getCollection") && args.length == 1) {
                asked.add((String) args[0]);
                return collection((String) args[0], commands);
            }
            return objectMethod(self, method, args);
        });
        MongoTemplate template = DefaultMongoTemplate.builder().mongoDatabase(database).build();
        template.eventCollection();
        String events = asked.get(asked.size() - 1);
        strategy.ensureIndexes(template.eventCollection(), template.snapshotCollection());
        return new Layout(events, List.copyOf(commands));
    }

    private static MongoCollection<?> collection(String name, List<BsonDocument> commands) {
        return proxy(MongoCollection.class, (self, method, args) -> {
            if (method.getName().equals("createIndex") && args.length <= 2 && args[0] instanceof Bson keys) {
                IndexOptions options = args.length == 2 ? (IndexOptions) args[1] : new IndexOptions();
                commands.add(new BsonDocument("createIndexes", new BsonString(name))
                        .append("indexes", new BsonArray(List.of(index(keys, options)))));
                return options.getName();
            }
            return objectMethod(self, method, args);
        });
    }

    /** The index as the driver describes it ({@code CreateIndexesOperation}): its keys, its name, unique if it is. */
    private static BsonDocument index(Bson keys, IndexOptions options) {
        IndexOptions described = new IndexOptions().unique(options.isUnique()).name(options.getName());
        if (options.getName() == null || !described.toString().equals(options.toString())) {
            throw new IllegalStateException("Axon asks for an index this store's writer does not make: " + options);
        }
        BsonDocument index = new BsonDocument("key", keys.toBsonDocument(BsonDocument.class,
                MongoClientSettings.getDefaultCodecRegistry()))
                .append("name", new BsonString(options.getName()));
        if (options.isUnique()) {
            index.append("unique", BsonBoolean.TRUE);
        }
        return index;
    }

    private static Object objectMethod(Object self, Method method, Object[] args) {
        return switch (method.getName()) {
            case "toString" -> "the indexes Axon asks for";
            case "hashCode" -> System.identityHashCode(self);
            case "equals" -> self == args[0];
            default -> throw new UnsupportedOperationException("Axon's ensureIndexes called " + method
                    + ", which this store's writer does not do");
        };
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(AxonIndexes.class.getClassLoader(), new Class<?>[]{type}, handler);
    }
}
