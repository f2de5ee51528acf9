package dev.copse.forest.hard.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class ParallelTasksTest {

    @Test
    void runsEveryTaskExactlyOnce() {
        for (int threads : new int[] {1, 2, 5}) {
            AtomicIntegerArray runs = new AtomicIntegerArray(37);
            ParallelTasks.run(37, threads, () -> runs::incrementAndGet);
            for (int t = 0; t < 37; t++) {
                assertEquals(1, runs.get(t), "task " + t + " with " + threads + " threads");
            }
        }
    }

    @Test
    void oneThreadRunsOnTheCaller() {
        Set<Thread> seen = ConcurrentHashMap.newKeySet();
        ParallelTasks.run(10, 1, () -> task -> seen.add(Thread.currentThread()));
        assertEquals(Set.of(Thread.currentThread()), seen);
    }

    @Test
    void eachWorkerGetsItsOwnRunner() {
        Set<Thread> factoryThreads = ConcurrentHashMap.newKeySet();
        ParallelTasks.run(50, 3, () -> {
            factoryThreads.add(Thread.currentThread());
            return task -> { };
        });
        assertTrue(factoryThreads.size() <= 3 && !factoryThreads.contains(Thread.currentThread()));
    }

    @Test
    void aFailingTaskFailsTheCall() {
        var e = assertThrows(IllegalStateException.class, () -> ParallelTasks.run(20, 2, () -> task -> {
            if (task == 7) {
                throw new IllegalStateException("task 7 broke");
            }
        }));
        assertEquals("task 7 broke", e.getMessage());
    }

    @Test
    void rejectsBadArguments() {
        assertEquals("threads must be >= 1, got 0",
                assertThrows(IllegalArgumentException.class, () -> ParallelTasks.run(3, 0, () -> t -> { }))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> ParallelTasks.run(-1, 1, () -> t -> { }));
    }
}
