package org.rapporteur.query;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Reads a server-sent event stream in the background, keeping every event it receives with the time it arrived. */
public final class SseClient implements AutoCloseable {

    public record Received(String id, String name, String data, long receivedNanos) {
    }

    private static final java.util.concurrent.ExecutorService READERS = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "sse-reader");
        thread.setDaemon(true);
        return thread;
    });

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final CompletableFuture<HttpResponse<InputStream>> response;
    private volatile InputStream body;
    private volatile int status;

    private SseClient(HttpClient client, String url, String lastEventId, Consumer<Received> listener) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        response = client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        response.thenAcceptAsync(r -> {
            status = r.statusCode();
            body = r.body();
            read(r.body(), listener);
        }, READERS);
    }

    public static SseClient open(String url, String lastEventId) {
        return new SseClient(Http.CLIENT, url, lastEventId, r -> { });
    }

    public static SseClient open(HttpClient client, String url, Consumer<Received> listener) {
        return new SseClient(client, url, null, listener);
    }

    /** The HTTP status once the response has begun, else 0. */
    public int status() {
        return status;
    }

    public List<Received> received() {
        return received;
    }

    public List<String> ids() {
        return received.stream().map(Received::id).toList();
    }

    private void read(InputStream in, Consumer<Received> listener) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String id = null;
            String name = null;
            StringBuilder data = new StringBuilder();
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isEmpty()) {
                    if (data.length() > 0 || id != null) {
                        Received event = new Received(id, name, data.toString(), System.nanoTime());
                        received.add(event);
                        listener.accept(event);
                    }
                    id = null;
                    name = null;
                    data.setLength(0);
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5));
                }
            }
        } catch (IOException e) {
            // closed
        }
    }

    @Override
    public void close() {
        response.cancel(true);
        InputStream in = body;
        if (in != null) {
            try {
                in.close();
            } catch (IOException e) {
                // already closed
            }
        }
    }
}
