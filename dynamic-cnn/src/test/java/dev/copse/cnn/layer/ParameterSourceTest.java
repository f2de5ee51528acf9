package dev.copse.cnn.layer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParameterSourceTest {

    @Test
    void heNormalHasMeanZeroAndVarianceTwoOverFanIn() {
        Parameter w = ParameterSource.initializing(3).heNormal("w", 50, 400, 50);
        double sum = 0;
        double squares = 0;
        for (float v : w.values()) {
            sum += v;
            squares += (double) v * v;
        }
        int n = w.size();
        double mean = sum / n;
        double variance = squares / n - mean * mean;
        // 20,000 draws: the sample variance is within 3 % of 2 / 50 with overwhelming probability.
        assertEquals(0, mean, 0.005);
        assertEquals(2.0 / 50, variance, 0.03 * 2.0 / 50);
        assertArrayEquals(new int[] {400, 50}, w.shape());
    }

    @Test
    void eachArrayDrawsFromItsOwnSeededStream() {
        ParameterSource a = ParameterSource.initializing(9);
        float[] first = a.heNormal("x", 4, 10).values();
        float[] again = ParameterSource.initializing(9).heNormal("x", 4, 10).values();
        float[] other = ParameterSource.initializing(9).heNormal("y", 4, 10).values();
        assertArrayEquals(first, again);
        assertFalse(Arrays.equals(first, other));
        float[] uniform = a.uniform("u", 0.5f, 1000).values();
        for (float v : uniform) {
            assertTrue(v >= -0.5f && v <= 0.5f);
        }
        assertArrayEquals(new float[] {1, 1, 1}, a.constant("c", 1f, 3).values());
        assertArrayEquals(new float[] {2, 2}, a.state("s", 2f, 2).values());
    }

    @Test
    void loadingSharesTheArraysAndNamesWhatIsMissing() {
        float[] w = {1, 2, 3, 4};
        ParameterSource source = ParameterSource.loading(Map.of("w", w));
        assertSame(w, source.heNormal("w", 2, 2, 2).values());
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> source.constant("b", 0f, 2));
        assertTrue(missing.getMessage().contains("'b'"));
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> source.heNormal("w", 2, 3, 2));
        assertTrue(wrong.getMessage().contains("4 values"));
    }
}
