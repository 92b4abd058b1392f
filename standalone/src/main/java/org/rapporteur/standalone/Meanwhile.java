package org.rapporteur.standalone;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Work a command needs later, begun on a thread of its own while the command's main thread does something else
 * (opening the store while the files are read, the body profiles loading while the events are read): most of a short
 * command is cold code run once, and the machine has a second core.
 */
final class Meanwhile<T> {

    private final CompletableFuture<T> result = new CompletableFuture<>();

    private Meanwhile(String name, Supplier<T> work) {
        Thread thread = new Thread(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable e) {
                result.completeExceptionally(e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    static <T> Meanwhile<T> start(String name, Supplier<T> work) {
        return new Meanwhile<>(name, work);
    }

    /** The work's result once it is done; what it threw is thrown here, as if it had been done on this thread. */
    T get() {
        try {
            return result.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Once done, the result handed to {@code close} unless the work failed (for a command that stops before using it). */
    void discard(java.util.function.Consumer<T> close) {
        try {
            close.accept(get());
        } catch (RuntimeException | Error ignored) {
            // it failed on its own: nothing was opened to close
        }
    }
}
