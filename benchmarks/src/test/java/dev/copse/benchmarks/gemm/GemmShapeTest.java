package dev.copse.benchmarks.gemm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GemmShapeTest {

    @Test
    void forestBackwardShapesAreTheForwardOnesTransposed() {
        GemmShape forward = GemmShape.FOREST_FORWARD;            // X (256x784) · W (784x945)
        GemmShape weights = GemmShape.FOREST_WEIGHT_GRADIENT;    // Xᵀ · dZ, X stored 256x784
        GemmShape inputs = GemmShape.FOREST_INPUT_GRADIENT;      // dZ · Wᵀ, W stored 784x945
        assertEquals(256, weights.storedRowsA());
        assertEquals(784, weights.storedColumnsA());
        assertEquals(forward.storedRowsA(), weights.storedRowsA());
        assertEquals(784, inputs.storedRowsB());
        assertEquals(945, inputs.storedColumnsB());
        assertEquals(forward.storedRowsB(), inputs.storedRowsB());
        assertEquals("256×784ᵀ · 256×945", weights.dimensions());
        assertEquals("256×945 · 784×945ᵀ", inputs.dimensions());
        assertEquals("256×784 · 784×945", forward.dimensions());
    }

    @Test
    void flopsAreTwoMnk() {
        assertEquals(2.0 * 1024 * 1024 * 1024, GemmShape.SQUARE_1024.flops());
        assertEquals(2.0 * 25_088 * 16 * 144, GemmShape.CONV_IM2COL_16.flops());
        // The three forest products do the same work.
        assertEquals(GemmShape.FOREST_FORWARD.flops(), GemmShape.FOREST_WEIGHT_GRADIENT.flops());
        assertEquals(GemmShape.FOREST_FORWARD.flops(), GemmShape.FOREST_INPUT_GRADIENT.flops());
    }

    @Test
    void idsAreUniqueAndFoundAgain() {
        Set<String> ids = new HashSet<>();
        for (GemmShape shape : GemmShape.values()) {
            assertTrue(ids.add(shape.id()), "duplicate id " + shape.id());
            assertEquals(shape, GemmShape.byId(shape.id()));
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GemmShape.byId("square"));
        assertTrue(e.getMessage().contains("known shapes: forest-x-w,"), e.getMessage());
    }
}
