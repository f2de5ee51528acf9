package dev.copse.benchmarks.gemm;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * JMH state: the operands of one {@link GemmShape}, built once per trial. With no {@code @Param} values
 * JMH runs every shape; {@code -p shape=SQUARE_1024} picks one.
 */
@State(Scope.Thread)
public class GemmState {

    /** Fixed so every implementation multiplies the same numbers. */
    static final long SEED = 20_240_601L;

    @Param
    public GemmShape shape;

    GemmOperands operands;

    @Setup(Level.Trial)
    public void allocate() {
        operands = GemmOperands.random(shape, SEED);
    }
}
