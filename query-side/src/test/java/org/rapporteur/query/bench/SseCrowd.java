package org.rapporteur.query.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Many SSE subscribers read by one selector thread, so that a fan-out benchmark measures the server rather than a
 * thread per client: each subscriber keeps the ids it received and the moment the bytes arrived.
 */
final class SseCrowd implements AutoCloseable {

    record Received(long id, long nanos) {
    }

    static final class Subscriber {
        final List<Received> received = new ArrayList<>();
        volatile int status;
        private final ByteArrayOutputStream header = new ByteArrayOutputStream();
        private boolean inBody;
        private final ByteArrayOutputStream chunkSize = new ByteArrayOutputStream();
        private long chunkLeft = -1;
        private int crlfLeft;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        private Long id;

        synchronized List<Received> received() {
            return List.copyOf(received);
        }

        private void feed(ByteBuffer bytes, long now) {
            while (bytes.hasRemaining()) {
                byte b = bytes.get();
                if (!inBody) {
                    header.write(b);
                    String text = header.toString(StandardCharsets.ISO_8859_1);
                    if (text.endsWith("\r\n\r\n")) {
                        status = Integer.parseInt(text.substring(9, 12));
                        inBody = true;
                    }
                } else if (crlfLeft > 0) {
                    crlfLeft--;
                } else if (chunkLeft <= 0) {
                    if (b == '\n') {
                        String size = chunkSize.toString(StandardCharsets.ISO_8859_1).strip();
                        chunkSize.reset();
                        chunkLeft = size.isEmpty() ? 0 : Long.parseLong(size.split(";")[0], 16);
                    } else {
                        chunkSize.write(b);
                    }
                } else {
                    chunkLeft--;
                    if (chunkLeft == 0) {
                        crlfLeft = 2;
                    }
                    text(b, now);
                }
            }
        }

        private void text(byte b, long now) {
            if (b != '\n') {
                if (b != '\r') {
                    line.write(b);
                }
                return;
            }
            String text = line.toString(StandardCharsets.UTF_8);
            line.reset();
            if (text.startsWith("id:")) {
                id = Long.parseLong(text.substring(3).strip());
            } else if (text.isEmpty() && id != null) {
                synchronized (this) {
                    received.add(new Received(id, now));
                }
                id = null;
            }
        }
    }

    private final Selector selector;
    private final List<Subscriber> subscribers = new ArrayList<>();
    private final Thread reader;
    private volatile boolean open = true;

    SseCrowd(String url, int size) throws IOException {
        URI uri = URI.create(url);
        selector = Selector.open();
        byte[] request = ("GET " + uri.getRawPath() + " HTTP/1.1\r\nHost: " + uri.getHost() + ":" + uri.getPort()
                + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        for (int i = 0; i < size; i++) {
            SocketChannel channel = SocketChannel.open(new InetSocketAddress(uri.getHost(), uri.getPort()));
            ByteBuffer out = ByteBuffer.wrap(request);
            while (out.hasRemaining()) {
                channel.write(out);
            }
            channel.configureBlocking(false);
            Subscriber subscriber = new Subscriber();
            subscribers.add(subscriber);
            channel.register(selector, SelectionKey.OP_READ, subscriber);
        }
        reader = new Thread(this::read, "sse-crowd");
        reader.setDaemon(true);
        reader.start();
    }

    List<Subscriber> subscribers() {
        return subscribers;
    }

    private void read() {
        ByteBuffer buffer = ByteBuffer.allocateDirect(64 * 1024);
        try {
            while (open) {
                selector.select(100);
                long now = System.nanoTime();
                for (SelectionKey key : selector.selectedKeys()) {
                    buffer.clear();
                    if (((SocketChannel) key.channel()).read(buffer) < 0) {
                        key.cancel();
                        continue;
                    }
                    buffer.flip();
                    ((Subscriber) key.attachment()).feed(buffer, now);
                }
                selector.selectedKeys().clear();
            }
        } catch (IOException e) {
            // closed
        }
    }

    @Override
    public void close() throws IOException {
        open = false;
        for (SelectionKey key : selector.keys()) {
            key.channel().close();
        }
        selector.close();
    }
}
