package dev.copse.benchmarks.gemm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Every implementation computes the right product on the transposed shapes (where dispatch to the right
 * EJML method and the leading dimensions matter), checked against a double-precision product.
 */
class GemmImplementationTest {

    @Test
    void everyImplementationMultipliesTransposedAOperandsCorrectly() {
        checkAll(GemmShape.FOREST_WEIGHT_GRADIENT);
    }

    @Test
    void everyImplementationMultipliesTransposedBOperandsCorrectly() {
        checkAll(GemmShape.FOREST_INPUT_GRADIENT);
    }

    private static void checkAll(GemmShape shape) {
        for (GemmImplementation implementation : GemmImplementation.values()) {
            GemmOperands operands = GemmOperands.random(shape, 7);
            implementation.multiply(operands);
            double error = operands.relativeErrorOfFirstRows(3);
            assertTrue(error < 1e-5, implementation + " on " + shape + ": relative error " + error);
        }
    }

    @Test
    void theErrorCheckCatchesAWrongProduct() {
        GemmOperands operands = GemmOperands.random(GemmShape.FOREST_INPUT_GRADIENT, 7);
        GemmImplementation.EJML.multiply(operands);
        operands.c().data[5] = -operands.c().data[5];
        assertTrue(operands.relativeErrorOfFirstRows(1) > 1e-3);
        assertThrows(IllegalArgumentException.class, () -> operands.relativeErrorOfFirstRows(0));
    }

    @Test
    void theSameSeedGivesTheSameOperands() {
        GemmOperands first = GemmOperands.random(GemmShape.CONV_IM2COL_32, 11);
        GemmOperands second = GemmOperands.random(GemmShape.CONV_IM2COL_32, 11);
        assertArrayEquals(first.a().data, second.a().data);
        assertArrayEquals(first.b().data, second.b().data);
        assertEquals(6_272, first.a().numRows);
        assertEquals(288, first.a().numCols);
        for (float v : first.a().data) {
            assertTrue(v >= -1 && v < 1 && v != 0, "value out of [-1, 1) or zero: " + v);
        }
    }

    @Test
    void idsResolve() {
        for (GemmImplementation implementation : GemmImplementation.values()) {
            assertEquals(implementation, GemmImplementation.byId(implementation.id()));
        }
        assertThrows(IllegalArgumentException.class, () -> GemmImplementation.byId("blas"));
    }
}
