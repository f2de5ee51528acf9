package dev.copse.forest.soft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The compact tree rejects inconsistent arrays with a message saying which rule broke. */
class SoftTreeValidationTest {

    // A depth-1 stump: inner node id 0, leaves ids 1 and 2; d = 2, C = 2.
    private static SoftTree stump(int[] ids, float[] q, float[] logits, int[] left, int[] right) {
        return new SoftTree(1, 2, 2, ids, q, logits, new float[] {1, 2}, new float[] {0}, left, right);
    }

    private static void rejects(Runnable build, String fragment) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, build::run);
        assertTrue(e.getMessage().contains(fragment), "message '" + e.getMessage() + "' lacks '" + fragment + "'");
    }

    @Test
    void acceptsAValidStump() {
        SoftTree t = stump(new int[] {0, 1, 2}, new float[] {0.3f, 1, 1}, new float[6], new int[] {1}, new int[] {2});
        assertEquals(1, t.innerNodeCount());
        assertEquals(2, t.summary().leaves());
        assertEquals(1.0, t.summary().meanLeafDepth());
        assertEquals(2, t.indexOf(2));
        assertEquals(-1, t.indexOf(3));
    }

    @Test
    void rejectsBrokenStructure() {
        float[] q = {0.3f, 1, 1};
        float[] logits = new float[6];
        rejects(() -> stump(new int[] {0, 2, 1}, q, logits, new int[] {2}, new int[] {1}), "node ids must increase");
        rejects(() -> stump(new int[] {0, 1, 2}, q, logits, new int[] {0}, new int[] {2}),
                "left child of node index 0 must be an index in (0, 3)");
        rejects(() -> stump(new int[] {0, 1, 2}, q, logits, new int[] {1}, new int[] {1}), "right child of node id 0");
        rejects(() -> stump(new int[] {0, 1, 2}, new float[] {0.3f, 0.9f, 1}, logits, new int[] {1}, new int[] {2}),
                "must be 1 for a leaf");
        rejects(() -> stump(new int[] {0, 1, 2}, new float[] {1.5f, 1, 1}, logits, new int[] {1}, new int[] {2}),
                "must be in [0, 1]");
        rejects(() -> stump(new int[] {0, 1, 2}, q, new float[5], new int[] {1}, new int[] {2}),
                "classLogits must have length 6");
        rejects(() -> stump(new int[] {0, 1, 2}, q, new float[] {0, 0, Float.NaN, 0, 0, 0}, new int[] {1},
                new int[] {2}), "classLogits[2] is not finite");
        rejects(() -> new SoftTree(1, 2, 2, new int[] {0, 3, 4}, q, logits, new float[] {1, 2}, new float[] {0},
                new int[] {1}, new int[] {2}), "outside a tree of depth 1");
    }
}
