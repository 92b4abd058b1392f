package org.rapporteur.query.bench;

import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.rapporteur.eventstore.EmbeddedMongoStore;
import org.rapporteur.query.QuerySides;
import org.rapporteur.query.StoreWriter;
import org.rapporteur.query.projection.MeetingProjector;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

public class ProbeRebuild {
    public static void main(String[] args) throws Exception {
        int meetings = Integer.parseInt(args[0]);
        int perMeeting = Integer.parseInt(args[1]);
        EmbeddedMongoStore store = EmbeddedMongoStore.open(Files.createTempDirectory("probe"));
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < meetings; i++) ids.add("m" + i);
        long t0 = System.nanoTime();
        try (StoreWriter writer = new StoreWriter(store.connectionString())) {
            writer.log(ids, perMeeting, perMeeting);
        }
        System.out.printf("written in %.1fs%n", (System.nanoTime() - t0) / 1e9);
        var client = MongoClients.create(store.connectionString());
        t0 = System.nanoTime();
        long n = 0;
        for (Document d : client.getDatabase("rapporteur").getCollection("domainevents").find()) n++;
        System.out.printf("raw scan %d in %.2fs%n", n, (System.nanoTime() - t0) / 1e9);
        t0 = System.nanoTime();
        var ctx = QuerySides.start(store, "probe");
        MeetingProjector p = ctx.getBean(MeetingProjector.class);
        long total = (long) meetings * perMeeting;
        while (p.handled() < total) {
            Thread.sleep(1000);
            System.out.printf("%.1fs handled %d%n", (System.nanoTime() - t0) / 1e9, p.handled());
        }
        ctx.close();
        store.close();
        System.exit(0);
    }
}
