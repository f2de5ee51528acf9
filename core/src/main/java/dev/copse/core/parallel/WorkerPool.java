package dev.copse.core.parallel;

import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * A fixed set of daemon threads that runs the independent tasks of one loop, with the calling thread
 * taking part.
 *
 * <p>{@link #forEach(int, IntConsumer)} hands out task indices one at a time to whichever participant
 * is free (the caller plus up to {@code threads - 1} workers), so a busy worker never blocks progress:
 * in the worst case the caller runs every task itself. Which thread runs a task is therefore not fixed;
 * results are deterministic only when each task writes its own output and does not depend on the
 * others, which is the contract callers must keep.
 *
 * <p>A call made from one of this pool's own workers runs its tasks serially on that worker, so nested
 * use cannot deadlock. Several threads may call {@code forEach} at once; they share the workers.
 *
 * <p>Cost: a few small objects and one hand-off per participating worker per call, tens of microseconds;
 * use it for loops whose work is well above that.
 *
 * <p>Thread-safety: safe for concurrent use. The workers are daemon threads and never need shutting down.
 */
public final class WorkerPool {

    private static final class SharedHolder {
        static final WorkerPool SHARED = new WorkerPool(Parallelism.threads(), "copse-worker");
    }

    private final int threads;
    private final ExecutorService workers;

    /**
     * Creates a pool that runs loops on {@code threads} threads, the caller included.
     *
     * @param threads    participants per loop, {@code >= 1}; {@code 1} runs everything on the caller
     * @param namePrefix prefix of the worker threads' names
     * @throws IllegalArgumentException when {@code threads < 1}
     */
    public WorkerPool(int threads, String namePrefix) {
        if (threads < 1) {
            throw new IllegalArgumentException("a worker pool needs at least 1 thread, got " + threads);
        }
        Objects.requireNonNull(namePrefix, "namePrefix");
        this.threads = threads;
        if (threads == 1) {
            this.workers = null;
        } else {
            AtomicInteger count = new AtomicInteger();
            this.workers = new ThreadPoolExecutor(threads - 1, threads - 1, 0L, TimeUnit.MILLISECONDS,
                    new LinkedBlockingQueue<>(), runnable -> {
                        Thread worker = new Worker(this, runnable, namePrefix + "-" + count.incrementAndGet());
                        worker.setDaemon(true);
                        return worker;
                    });
        }
    }

    /** The pool sized by {@link Parallelism#threads()}, created on first use. */
    public static WorkerPool shared() {
        return SharedHolder.SHARED;
    }

    /** The number of threads a loop may run on, the caller included. */
    public int threads() {
        return threads;
    }

    /**
     * Runs {@code body.accept(i)} once for every {@code i} in {@code [0, tasks)} and returns when all have
     * finished. Tasks may run in any order and concurrently.
     *
     * @throws IllegalArgumentException when {@code tasks < 0}
     * @throws RuntimeException         the first exception a task threw (or an {@link Error}), after all
     *                                  tasks that had started have finished; tasks not yet started are
     *                                  skipped once one has failed
     */
    public void forEach(int tasks, IntConsumer body) {
        if (tasks < 0) {
            throw new IllegalArgumentException("task count must be >= 0, got " + tasks);
        }
        Objects.requireNonNull(body, "body");
        if (tasks == 0) {
            return;
        }
        if (workers == null || tasks == 1 || isOwnWorker(Thread.currentThread())) {
            for (int i = 0; i < tasks; i++) {
                body.accept(i);
            }
            return;
        }
        Job job = new Job(tasks, body);
        int helpers = Math.min(threads - 1, tasks - 1);
        for (int h = 0; h < helpers; h++) {
            workers.execute(job::work);
        }
        job.work();
        job.awaitAndRethrow();
    }

    private boolean isOwnWorker(Thread thread) {
        return thread instanceof Worker worker && worker.pool == this;
    }

    private static final class Worker extends Thread {
        final WorkerPool pool;

        Worker(WorkerPool pool, Runnable target, String name) {
            super(target, name);
            this.pool = pool;
        }
    }

    /** One loop: a shared task counter, a completion latch and the first failure. */
    private static final class Job {
        private final int tasks;
        private final IntConsumer body;
        private final AtomicInteger next = new AtomicInteger();
        private final CountDownLatch finished;
        private volatile Throwable failure;

        Job(int tasks, IntConsumer body) {
            this.tasks = tasks;
            this.body = body;
            this.finished = new CountDownLatch(tasks);
        }

        void work() {
            for (int i = next.getAndIncrement(); i < tasks; i = next.getAndIncrement()) {
                try {
                    if (failure == null) {
                        body.accept(i);
                    }
                } catch (Throwable t) {
                    synchronized (this) {
                        if (failure == null) {
                            failure = t;
                        }
                    }
                } finally {
                    finished.countDown();
                }
            }
        }

        void awaitAndRethrow() {
            boolean interrupted = false;
            // The tasks write into the caller's buffers, so the caller must not return before they end.
            while (true) {
                try {
                    finished.await();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            Throwable t = failure;
            if (t instanceof RuntimeException re) {
                throw re;
            }
            if (t instanceof Error error) {
                throw error;
            }
            if (t != null) {
                throw new IllegalStateException("a parallel task failed", t);
            }
        }
    }
}
