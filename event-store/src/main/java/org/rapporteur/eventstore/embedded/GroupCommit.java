package org.rapporteur.eventstore.embedded;

import org.h2.mvstore.MVStore;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The only committer of the store (its own background writer is off). A write that asked to be journaled waits in
 * {@link #awaitDurable()} until a commit begun after it has been written and synced to the disk; writers that arrive
 * while a commit runs share the next one. Every other change is committed within {@code interval}, in the order the
 * store took the changes, so whatever a crash keeps is a prefix of what was written.
 * <p>
 * A commit is a cut between whole changes ({@link #change}): the store takes each of its maps' state in turn, while
 * writers go on, so a commit taken in the middle of changes could keep a later change (a projection's position) and
 * lose an earlier one (the views it covers), or a document without its index entry. Writers wait while a commit
 * takes the maps' state, and a commit waits for the changes under way. On the store's own file ({@link CommitPoints})
 * writers go on while the commit serializes and writes the pages it took; on another, they wait until it has.
 * <p>
 * It also keeps the file compact, as the background writer would: every commit writes whole pages, and a chunk
 * with one live page left cannot be reused, so without rewriting sparse chunks the file grew to several times its
 * data. Compactions run between commits, never beside one, and end synced.
 */
public final class GroupCommit implements AutoCloseable {

    private static final int RETENTION_MILLIS = 1000;
    private static final long COMPACT_EVERY_NANOS = 10_000_000_000L;
    private static final int TARGET_FILL_RATE = 80;
    private static final int COMPACT_BYTES = 16 << 20;

    private final MVStore store;
    private final Object lock = new Object();
    private ScheduledExecutorService background;
    private final AtomicLong commits = new AtomicLong();
    private final ReentrantReadWriteLock cut = new ReentrantReadWriteLock();
    private final AtomicLong heldNanos = new AtomicLong();
    private final AtomicLong longestHeldNanos = new AtomicLong();
    private final AtomicLong waitedNanos = new AtomicLong();
    private long lockedAt;
    private long requested;
    private long durable;
    private boolean committing;
    private volatile boolean syncWrites = true;
    private long lastCompaction = System.nanoTime();

    public GroupCommit(MVStore store, long intervalMillis) {
        this(store);
        this.background = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "embedded-store-commit");
            thread.setDaemon(true);
            return thread;
        });
        background.scheduleWithFixedDelay(this::commitPending, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    private GroupCommit(MVStore store) {
        this.store = store;
        if (store.getFileStore() instanceof CommitPoints points) {
            points.onRootsTaken(this::releaseWriters);
        }
        // each commit is synced, so freed chunks need not wait the default 45 s for the disk's buffers
        store.setRetentionTime(RETENTION_MILLIS);
    }

    /**
     * The committer of a store written by one writer in this process, which commits only when it asks
     * ({@link #awaitDurable()}): nothing is committed behind its back, so a change it undoes before asking is never
     * on the disk. No periodic commits, no compactions.
     */
    public static GroupCommit whenAsked(MVStore store) {
        return new GroupCommit(store);
    }

    /** Makes a change of the store's contents (one command's writes), never split by a commit. */
    public <T> T change(Supplier<T> change) {
        long asked = System.nanoTime();
        cut.readLock().lock();
        waitedNanos.addAndGet(System.nanoTime() - asked);
        try {
            return change.get();
        } finally {
            cut.readLock().unlock();
        }
    }

    /** Returns once everything written before the call is committed and synced. */
    public void awaitDurable() {
        if (syncWrites) {
            commitCovering();
        }
    }

    private void commitCovering() {
        long ticket;
        synchronized (lock) {
            ticket = ++requested;
        }
        while (true) {
            long upTo;
            synchronized (lock) {
                while (durable < ticket && committing) {
                    try {
                        lock.wait();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("interrupted while the store commits", e);
                    }
                }
                if (durable >= ticket) {
                    return;
                }
                committing = true;
                upTo = requested;
            }
            boolean done = false;
            try {
                if (!store.isClosed()) {
                    commitWholeChanges();
                    store.sync();
                    commits.incrementAndGet();
                }
                done = true;
            } finally {
                synchronized (lock) {
                    committing = false;
                    if (done) {
                        durable = Math.max(durable, upTo);
                    }
                    lock.notifyAll();
                }
            }
        }
    }

    private void commitWholeChanges() {
        cut.writeLock().lock();
        lockedAt = System.nanoTime();
        try {
            store.commit();
        } finally {
            releaseWriters();
        }
    }

    /** Lets writers go on once the commit has taken every map's state (or has ended), whichever comes first. */
    private void releaseWriters() {
        if (cut.isWriteLockedByCurrentThread()) {
            long held = System.nanoTime() - lockedAt;
            cut.writeLock().unlock();
            heldNanos.addAndGet(held);
            longestHeldNanos.accumulateAndGet(held, Math::max);
        }
    }

    /** How long commits held writers back so far: commits, the lock's total and longest hold, the writers' total wait. */
    public Times times() {
        return new Times(commits.get(), heldNanos.get(), longestHeldNanos.get(), waitedNanos.get());
    }

    /** Figures of {@link #times()}, in nanoseconds. */
    public record Times(long commits, long heldNanos, long longestHeldNanos, long waitedNanos) {
    }

    /** The lock a commit holds while it takes the maps' state (on another file: until it has written them), for tests. */
    ReentrantReadWriteLock.WriteLock commitLock() {
        return cut.writeLock();
    }

    /** Whether journaled writes wait for their commit (true unless a benchmark measures the difference). */
    public void syncWrites(boolean sync) {
        syncWrites = sync;
    }

    /** How many commits were written and synced for journaled writes and the periodic flush. */
    public long commits() {
        return commits.get();
    }

    private void commitPending() {
        try {
            if (!store.isClosed() && store.hasUnsavedChanges()) {
                commitCovering();
            }
            if (System.nanoTime() - lastCompaction > COMPACT_EVERY_NANOS) {
                lastCompaction = System.nanoTime();
                compact();
            }
        } catch (RuntimeException e) {
            // the next round tries again; a store that panicked fails the writers that wait on it
        }
    }

    /** Rewrites sparse chunks while no commit runs, then commits and syncs what the rewrite changed. */
    private void compact() {
        synchronized (lock) {
            while (committing) {
                try {
                    lock.wait();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            committing = true;
        }
        try {
            if (!store.isClosed()) {
                // rewriting pages changes no content, so writers may go on beside it
                store.compact(TARGET_FILL_RATE, COMPACT_BYTES);
                commitWholeChanges();
                store.sync();
            }
        } finally {
            synchronized (lock) {
                committing = false;
                lock.notifyAll();
            }
        }
    }

    /**
     * Stops the periodic commits; the store's own close writes what is left. Not by interrupting: a thread
     * interrupted in the middle of writing closes the store's file channel.
     */
    @Override
    public void close() {
        if (background == null) {
            return;
        }
        background.shutdown();
        try {
            background.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
