package dev.copse.cnn.dfs;

import dev.copse.cnn.layer.ParameterSource;
import dev.copse.cnn.layer.RunningState;
import dev.copse.cnn.model.ResNetSpec;
import java.util.SplittableRandom;

/** Small DFS networks with plausible running estimates, so inference-mode quantization has ranges. */
final class DfsFixtures {

    private DfsFixtures() {
    }

    /** Three blocks on 12x12 images: block 0 (identity shortcut), blocks 1 and 2 (projections) gated. */
    static DfsNetwork network(BitwidthOptions options, long seed) {
        ResNetSpec spec = ResNetSpec.builder().inputShape(1, 12, 12).widths(4, 8, 8).classes(3).build();
        DfsNetwork network = new DfsNetwork(spec, options, ParameterSource.initializing(seed));
        SplittableRandom random = new SplittableRandom(seed + 1);
        for (RunningState s : network.runningStates()) {
            float[] v = s.values();
            if (s.name().endsWith("input_range")) {
                v[0] = -0.5f;
                v[1] = 3f;
                v[2] = 1f;
                continue;
            }
            for (int i = 0; i < v.length; i++) {
                v[i] = s.name().endsWith("running_var") ? (float) (0.5 + random.nextDouble())
                        : (float) (random.nextDouble() - 0.5);
            }
        }
        return network;
    }

    static float[] images(int batch, int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] images = new float[batch * size];
        for (int i = 0; i < images.length; i++) {
            images[i] = (float) random.nextDouble();
        }
        return images;
    }
}
