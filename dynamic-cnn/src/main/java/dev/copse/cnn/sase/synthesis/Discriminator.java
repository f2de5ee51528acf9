package dev.copse.cnn.sase.synthesis;

import dev.copse.cnn.layer.Conv2d;
import dev.copse.cnn.layer.ConvSpec;
import dev.copse.cnn.layer.GlobalAvgPool;
import dev.copse.cnn.layer.Linear;
import dev.copse.cnn.layer.ParameterSource;
import dev.copse.cnn.layer.ReluActivation;
import dev.copse.cnn.layer.Sequential;
import dev.copse.cnn.layer.TensorShape;
import java.util.List;

/**
 * The small discriminator of the few-shot GAN: two 3x3 convolutions of stride 2 with bias and ReLU
 * (28x28 to 14x14 to 7x7), global average pooling and a linear layer to one score per image. No batch
 * norm, so real and fake images can share one batch.
 */
public final class Discriminator {

    private Discriminator() {
    }

    /** The network over {@code image}-shaped inputs with {@code widths[0]} and {@code widths[1]} channels. */
    public static Sequential build(TensorShape image, int[] widths, ParameterSource source) {
        Conv2d conv1 = new Conv2d("d.conv1", ConvSpec.square(image.channels(), widths[0], 3, 2, 1).withBias(true),
                image, source);
        Conv2d conv2 = new Conv2d("d.conv2", ConvSpec.square(widths[0], widths[1], 3, 2, 1).withBias(true),
                conv1.outputShape(), source);
        GlobalAvgPool pool = new GlobalAvgPool(conv2.outputShape());
        return new Sequential(List.of(conv1, new ReluActivation(conv1.outputShape()), conv2,
                new ReluActivation(conv2.outputShape()), pool, new Linear("d.fc", pool.outputShape(), 1, source)));
    }
}
