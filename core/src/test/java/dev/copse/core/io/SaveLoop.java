package dev.copse.core.io;

import dev.copse.core.json.JsonObject;
import dev.copse.core.modelfile.ModelFileWriter;
import java.nio.file.Path;

/**
 * A process for {@link KillDuringSaveTest}: saves one small complete model, says so on standard output, then
 * keeps replacing it with large models (tens of megabytes each) until it is killed.
 */
public final class SaveLoop {

    /** Floats in each large model: 64 MiB, so a save takes long enough to be caught half-way. */
    static final int LARGE = 16 << 20;

    private SaveLoop() {
    }

    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[0]);
        model(1, new float[] {1f, 2f, 3f}).write(target);
        System.out.println("first model saved");
        System.out.flush();
        float[] large = new float[LARGE];
        for (int round = 2; ; round++) {
            java.util.Arrays.fill(large, round);
            model(round, large).write(target);
        }
    }

    static ModelFileWriter model(int round, float[] values) {
        return new ModelFileWriter("save-loop", JsonObject.builder().put("round", round).build())
                .put("values", values, values.length);
    }
}
