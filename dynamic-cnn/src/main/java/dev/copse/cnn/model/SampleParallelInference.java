package dev.copse.cnn.model;

import dev.copse.cnn.layer.Buffers;
import dev.copse.cnn.layer.Mode;
import dev.copse.core.parallel.WorkerPool;

/**
 * Inference one image at a time, with the images of a batch spread over the threads of
 * {@link WorkerPool#shared()}, each thread running a network replica of its own.
 *
 * <p><b>Why one image at a time.</b> A whole batch makes every layer stream its activations through memory
 * (a 16-channel 28x28 map is 12.8 MB for 256 images); one image keeps them in the core's caches from layer
 * to layer. Measured on the project's 2-core machine with ResNet-8 on 28x28 images (2026-11-28, under load from
 * other processes): 1,050 to 1,100 images/s one at a time against 915 to 950 batched on one thread, and 850
 * to 975 against 735 to 900 on two. Batch normalisation in inference uses running statistics, so the
 * result of an image does not depend on the rest of its batch.
 *
 * <p>Not thread-safe: one caller at a time (it owns the replicas' buffers).
 */
public final class SampleParallelInference {

    private final Network[] replicas;
    private final float[][] inputs;
    private float[] logits;

    /** Replicas of {@code network} (sharing its parameters), one per thread of the shared pool. */
    public SampleParallelInference(Network network) {
        int threads = WorkerPool.shared().threads();
        this.replicas = new Network[threads];
        this.inputs = new float[threads][network.inputShape().size()];
        for (int t = 0; t < threads; t++) {
            replicas[t] = network.replica();
        }
    }

    /**
     * The logits of {@code batch} images read from {@code images[0, batch * inputSize)}.
     *
     * @return a buffer owned by this object, {@code [batch][classes]} in its first floats
     * @throws IllegalArgumentException when {@code images} is too short or {@code batch < 1}
     */
    public float[] logits(float[] images, int batch) {
        int size = replicas[0].inputShape().size();
        int classes = replicas[0].classes();
        Buffers.checkInput("inference", images, batch, size);
        logits = Buffers.ensure(logits, (long) batch * classes);
        float[] out = logits;
        int tasks = Math.min(batch, replicas.length);
        WorkerPool.shared().forEach(tasks, t -> {
            float[] input = inputs[t];
            for (int n = (int) ((long) batch * t / tasks), end = (int) ((long) batch * (t + 1) / tasks); n < end; n++) {
                System.arraycopy(images, n * size, input, 0, size);
                System.arraycopy(replicas[t].forward(input, 1, Mode.EVAL), 0, out, n * classes, classes);
            }
        });
        return logits;
    }
}
