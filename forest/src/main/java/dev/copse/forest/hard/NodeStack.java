package dev.copse.forest.hard;

import java.util.Arrays;

/**
 * The explicit stack of nodes waiting to be grown: (node, first position, end position, depth, known
 * constant features) per entry, so tree depth never touches the call stack. Reused across trees; not thread-safe.
 */
final class NodeStack {

    private static final int FIELDS = 5;

    private int[] entries = new int[FIELDS * 64];
    private int size;

    void clear() {
        size = 0;
    }

    boolean isEmpty() {
        return size == 0;
    }

    void push(int node, int lo, int hi, int depth, int constants) {
        if ((size + 1) * FIELDS > entries.length) {
            entries = Arrays.copyOf(entries, Math.multiplyExact(entries.length, 2));
        }
        int base = size * FIELDS;
        entries[base] = node;
        entries[base + 1] = lo;
        entries[base + 2] = hi;
        entries[base + 3] = depth;
        entries[base + 4] = constants;
        size++;
    }

    /** Removes the top entry; read it with the accessors below until the next push or pop. */
    void pop() {
        size--;
    }

    int node() {
        return entries[size * FIELDS];
    }

    int lo() {
        return entries[size * FIELDS + 1];
    }

    int hi() {
        return entries[size * FIELDS + 2];
    }

    int depth() {
        return entries[size * FIELDS + 3];
    }

    int constants() {
        return entries[size * FIELDS + 4];
    }
}
