package dev.copse.cnn.sase;

import java.util.Arrays;

/**
 * The arithmetic that joins the masks and styles of a {@link SaseModule} with its target, for one sample:
 * <pre>
 *   A(p)    = sum_g a_g(p) + EPSILON
 *   S_c(p)  = sum_g a_g(p) u_gc / A(p) + 1
 *   y_c(p)  = t_c(p) S_c(p)
 * </pre>
 * and its derivatives, with {@code e_c(p) = dy_c(p) t_c(p)}:
 * <pre>
 *   dt_c(p) = dy_c(p) S_c(p)
 *   du_gc   = sum_p e_c(p) a_g(p) / A(p)
 *   da_g(p) = (sum_c e_c(p) u_gc - sum_c e_c(p) (S_c(p) - 1)) / A(p)
 * </pre>
 * Buffers are laid out {@code a [G][P]}, {@code u [G][C]}, {@code t, y, S [C][P]}, {@code invA [P]}; every
 * method reads and writes the given offsets only. Stateless.
 */
final class Modulation {

    /** Added to the sum of the masks before dividing by it (METHODS.md section 7). */
    static final float EPSILON = 1e-6f;

    private Modulation() {
    }

    /** Fills {@code invA}, {@code scale} (= S) and {@code out} (= t S) of one sample. */
    static void forward(int groups, int channels, int positions, float[] masks, int aOff, float[] styles, int uOff,
                        float[] target, int tOff, float[] invA, int invOff, float[] scale, float[] out) {
        for (int p = 0; p < positions; p++) {
            double sum = EPSILON;
            for (int g = 0; g < groups; g++) {
                sum += masks[aOff + g * positions + p];
            }
            invA[invOff + p] = (float) (1.0 / sum);
        }
        for (int c = 0; c < channels; c++) {
            int row = tOff + c * positions;
            for (int p = 0; p < positions; p++) {
                scale[row + p] = 0f;
            }
            for (int g = 0; g < groups; g++) {
                float u = styles[uOff + g * channels + c];
                int mask = aOff + g * positions;
                for (int p = 0; p < positions; p++) {
                    scale[row + p] += masks[mask + p] * u;
                }
            }
            for (int p = 0; p < positions; p++) {
                float s = scale[row + p] * invA[invOff + p] + 1f;
                scale[row + p] = s;
                out[row + p] = target[row + p] * s;
            }
        }
    }

    /**
     * Writes one sample's {@code gradTarget}, {@code gradMasks} and {@code gradStyles} (overwritten, not
     * added); {@code work[workOff, workOff + 2 * positions)} is scratch.
     */
    static void backward(int groups, int channels, int positions, float[] dy, float[] masks, int aOff,
                         float[] styles, int uOff, float[] target, int tOff, float[] invA, int invOff, float[] scale,
                         float[] gradTarget, float[] gradMasks, float[] gradStyles, float[] work,
                         int workOff) {
        // q = work[0, P): sum_c e_c(p) (S_c(p) - 1); r = work[P, 2P): e_c(p) / A(p) for the current channel.
        int q = workOff;
        int r = workOff + positions;
        Arrays.fill(work, q, q + positions, 0f);
        Arrays.fill(gradMasks, aOff, aOff + groups * positions, 0f);
        for (int c = 0; c < channels; c++) {
            int row = tOff + c * positions;
            for (int p = 0; p < positions; p++) {
                float e = dy[row + p] * target[row + p];
                gradTarget[row + p] = dy[row + p] * scale[row + p];
                work[q + p] += e * (scale[row + p] - 1f);
                work[r + p] = e * invA[invOff + p];
            }
            for (int g = 0; g < groups; g++) {
                float u = styles[uOff + g * channels + c];
                int mask = aOff + g * positions;
                double du = 0;
                for (int p = 0; p < positions; p++) {
                    float eOverA = work[r + p];
                    du += eOverA * masks[mask + p];
                    gradMasks[mask + p] += eOverA * u;
                }
                gradStyles[uOff + g * channels + c] = (float) du;
            }
        }
        for (int g = 0; g < groups; g++) {
            int mask = aOff + g * positions;
            for (int p = 0; p < positions; p++) {
                gradMasks[mask + p] -= work[q + p] * invA[invOff + p];
            }
        }
    }
}
