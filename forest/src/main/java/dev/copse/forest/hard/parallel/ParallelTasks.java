package dev.copse.forest.hard.parallel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Runs tasks {@code 0 .. tasks-1} on at most {@code threads} threads. Each worker first asks the factory for
 * its own task runner (which may hold scratch buffers), then pulls task numbers from a shared counter until
 * none are left. A task must write only to places no other task writes, so the outcome is the same for every
 * thread count and every schedule.
 *
 * <p>With one thread, or one task, everything runs on the calling thread and no thread is started.
 * Otherwise a fixed pool is created for the call and shut down before it returns.
 *
 * <p>Stateless and thread-safe.
 */
public final class ParallelTasks {

    private ParallelTasks() {
    }

    /**
     * Runs every task and returns when all are done.
     *
     * @param tasks   number of tasks, {@code >= 0}
     * @param threads most threads to use, {@code >= 1}
     * @param workers makes one task runner per worker thread; called on that thread
     * @throws IllegalArgumentException if {@code tasks < 0} or {@code threads < 1}
     * @throws RuntimeException         the first exception a task threw (unchecked ones are rethrown as is)
     * @throws IllegalStateException    if the calling thread is interrupted while waiting; the interrupt
     *                                  flag is set again
     */
    public static void run(int tasks, int threads, Supplier<IntConsumer> workers) {
        if (tasks < 0) {
            throw new IllegalArgumentException("tasks must be >= 0, got " + tasks);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        int poolSize = Math.min(threads, tasks);
        if (poolSize <= 1) {
            if (tasks > 0) {
                IntConsumer runner = workers.get();
                for (int task = 0; task < tasks; task++) {
                    runner.accept(task);
                }
            }
            return;
        }
        AtomicInteger next = new AtomicInteger();
        Callable<Void> worker = () -> {
            try {
                IntConsumer runner = workers.get();
                for (int task = next.getAndIncrement(); task < tasks; task = next.getAndIncrement()) {
                    runner.accept(task);
                }
                return null;
            } catch (RuntimeException | Error e) {
                next.set(tasks); // the others stop after their current task: the call fails anyway
                throw e;
            }
        };
        List<Callable<Void>> callables = new ArrayList<>(poolSize);
        for (int i = 0; i < poolSize; i++) {
            callables.add(worker);
        }
        try (ExecutorService pool = Executors.newFixedThreadPool(poolSize)) {
            for (Future<Void> future : pool.invokeAll(callables)) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for parallel tasks", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException("a parallel task failed", cause);
        }
    }
}
