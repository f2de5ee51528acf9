package dev.copse.core.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class WorkerPoolTest {

    @Test
    void everyTaskRunsExactlyOnce() {
        WorkerPool pool = new WorkerPool(3, "test");
        for (int tasks : new int[] {0, 1, 2, 7, 100}) {
            AtomicIntegerArray runs = new AtomicIntegerArray(tasks);
            pool.forEach(tasks, runs::incrementAndGet);
            for (int i = 0; i < tasks; i++) {
                assertEquals(1, runs.get(i), "task " + i + " of " + tasks);
            }
        }
    }

    @Test
    void workIsSharedWithTheWorkers() {
        WorkerPool pool = new WorkerPool(2, "share");
        Set<String> threads = ConcurrentHashMap.newKeySet();
        // Each task waits a little, so the caller cannot finish all of them before the worker starts.
        pool.forEach(20, i -> {
            threads.add(Thread.currentThread().getName());
            sleep(5);
        });
        assertTrue(threads.size() == 2 && threads.contains(Thread.currentThread().getName()), threads.toString());
    }

    @Test
    void nestedLoopsRunSeriallyOnTheWorkerInsteadOfDeadlocking() {
        WorkerPool pool = new WorkerPool(2, "nested");
        AtomicIntegerArray runs = new AtomicIntegerArray(16);
        pool.forEach(4, outer -> pool.forEach(4, inner -> runs.incrementAndGet(outer * 4 + inner)));
        for (int i = 0; i < 16; i++) {
            assertEquals(1, runs.get(i));
        }
    }

    @Test
    void theFirstFailureReachesTheCaller() {
        WorkerPool pool = new WorkerPool(2, "fail");
        IllegalStateException boom = new IllegalStateException("boom");
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> pool.forEach(10, i -> {
            if (i == 3) {
                throw boom;
            }
        }));
        assertSame(boom, thrown);
        // The pool still works afterwards.
        AtomicIntegerArray runs = new AtomicIntegerArray(5);
        pool.forEach(5, runs::incrementAndGet);
        assertEquals(1, runs.get(4));
    }

    @Test
    void singleThreadPoolRunsOnTheCallerInOrder() {
        WorkerPool pool = new WorkerPool(1, "one");
        StringBuilder order = new StringBuilder();
        Thread caller = Thread.currentThread();
        pool.forEach(5, i -> order.append(Thread.currentThread() == caller ? String.valueOf(i) : "?"));
        assertEquals("01234", order.toString());
        assertThrows(IllegalArgumentException.class, () -> new WorkerPool(0, "none"));
        assertThrows(IllegalArgumentException.class, () -> pool.forEach(-1, i -> { }));
    }

    @Test
    void threadCountPropertyIsParsedStrictly() {
        assertEquals(4, Parallelism.parseThreads(null, 4));
        assertEquals(4, Parallelism.parseThreads(" ", 4));
        assertEquals(3, Parallelism.parseThreads(" 3 ", 4));
        assertEquals(1, Parallelism.parseThreads(null, 0));
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> Parallelism.parseThreads("0", 4));
        assertTrue(zero.getMessage().contains("copse.threads"), zero.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Parallelism.parseThreads("two", 4));
        assertTrue(Parallelism.threads() >= 1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
