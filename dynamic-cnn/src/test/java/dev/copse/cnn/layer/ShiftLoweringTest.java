package dev.copse.cnn.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.copse.cnn.testing.GradientChecks;
import dev.copse.core.kernel.ConvGeometry;
import dev.copse.core.kernel.Im2col;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The shift lowering must agree with core's general im2col and col2im on every geometry it accepts: stride 1
 * and 2 and 3, odd and even sizes, dilation, rectangular kernels, a kernel without a centre tap.
 */
class ShiftLoweringTest {

    private static final List<ConvGeometry> GEOMETRIES = List.of(
            ConvGeometry.square(3, 5, 7, 3, 1, 1),
            ConvGeometry.square(2, 6, 6, 5, 1, 2),
            new ConvGeometry(2, 7, 5, 3, 3, 1, 1, 2, 2, 2, 2),
            new ConvGeometry(2, 4, 6, 3, 1, 1, 1, 1, 0, 1, 1),
            new ConvGeometry(1, 5, 5, 2, 2, 1, 1, 1, 1, 2, 2),
            ConvGeometry.square(2, 1, 1, 3, 1, 1),
            ConvGeometry.square(3, 8, 8, 3, 2, 1),
            ConvGeometry.square(2, 7, 5, 3, 2, 1),
            ConvGeometry.square(2, 7, 6, 1, 2, 0),
            new ConvGeometry(2, 9, 7, 3, 3, 3, 2, 1, 1, 1, 1),
            new ConvGeometry(1, 9, 9, 5, 5, 3, 3, 2, 2, 1, 1));

    @Test
    void im2colEqualsCore() {
        SplittableRandom random = new SplittableRandom(1);
        for (ConvGeometry g : GEOMETRIES) {
            float[] image = GradientChecks.uniform(3 + g.imageSize(), 1f, random);
            float[] expected = new float[g.columnSize()];
            Im2col.im2col(g, image, 3, expected, 0);
            float[] actual = GradientChecks.uniform(g.columnSize(), 1f, random);
            ShiftLowering lowering = ShiftLowering.of(g);
            lowering.im2col(image, 3, actual, new float[lowering.phaseSize()]);
            assertArrayEquals(expected, actual, g.toString());
        }
    }

    @Test
    void col2imEqualsCore() {
        SplittableRandom random = new SplittableRandom(2);
        for (ConvGeometry g : GEOMETRIES) {
            float[] columns = GradientChecks.uniform(g.columnSize(), 1f, random);
            float[] expected = new float[2 + g.imageSize()];
            Im2col.col2im(g, columns, 0, expected, 2);
            float[] actual = GradientChecks.uniform(2 + g.imageSize(), 1f, random);
            actual[0] = expected[0];
            actual[1] = expected[1];
            ShiftLowering lowering = ShiftLowering.of(g);
            lowering.col2im(columns.clone(), actual, 2, new float[lowering.phaseSize()]);
            assertArrayEquals(expected, actual, 1e-5f, g.toString());
        }
    }

    @Test
    void declinesOtherGeometries() {
        assertNull(ShiftLowering.of(ConvGeometry.square(1, 6, 6, 3, 2, 0)));
        assertNull(ShiftLowering.of(ConvGeometry.square(1, 6, 6, 3, 1, 0)));
    }
}
