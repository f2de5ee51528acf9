package dev.copse.cnn.sase;

import dev.copse.cnn.layer.Mode;
import dev.copse.cnn.layer.Parameter;
import dev.copse.cnn.layer.RunningState;
import dev.copse.cnn.layer.TensorShape;
import dev.copse.efficiency.cost.CostLedger;
import java.util.List;

/**
 * A module that rescales a target map by what it reads from a source map: {@link SaseModule} (per position
 * and channel) and {@link ChannelExcitation} (per channel). Used on one map by {@link SameLayerExcitation}.
 */
interface ExcitationModule {

    TensorShape sourceShape();

    TensorShape targetShape();

    /** The excited target for a batch; the returned buffer is reused by the next call. */
    float[] forward(float[] sourceMap, float[] targetMap, int batch, Mode mode);

    /** Back-propagates through the last forward; the gradients are then in the two accessors below. */
    void backward(float[] gradOutput);

    float[] sourceGradient();

    float[] targetGradient();

    List<Parameter> parameters();

    List<RunningState> runningStates();

    void recordCost(CostLedger ledger);

    ExcitationModule replica();
}
