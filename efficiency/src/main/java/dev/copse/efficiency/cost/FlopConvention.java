package dev.copse.efficiency.cost;

/**
 * How many FLOPs one multiply-accumulate counts as. Literature disagrees: arithmetic says two (a multiply
 * and an add), while the tables of the papers Copse reproduces, like most CNN papers since ResNet
 * (He et al., CVPR 2016, whose "3.6 billion FLOPs" are multiply-adds), report one.
 *
 * <p>The default, {@link CostConventions#DEFAULT_FLOP_CONVENTION}, is {@link #MAC_IS_ONE_FLOP} so that Copse's
 * FLOP figures can be set next to published ones without a factor of two; reports state the convention.
 */
public enum FlopConvention {

    /** One MAC = one FLOP (the convention of ResNet, DFS and DDI tables; Copse's default). */
    MAC_IS_ONE_FLOP(1),

    /** One MAC = two FLOPs, a multiply and an add. */
    MAC_IS_TWO_FLOPS(2);

    private final int flopsPerMac;

    FlopConvention(int flopsPerMac) {
        this.flopsPerMac = flopsPerMac;
    }

    /** 1 or 2. */
    public int flopsPerMac() {
        return flopsPerMac;
    }
}
