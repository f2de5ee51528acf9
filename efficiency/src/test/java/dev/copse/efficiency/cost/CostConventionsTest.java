package dev.copse.efficiency.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class CostConventionsTest {

    @Test
    void convolutionMacsByHand() {
        // 3x3 conv, padding 1, stride 1 keeps 28x28: (28 + 2 - 2 - 1) / 1 + 1 = 28.
        assertEquals(28, LayerMacs.convOutputSize(28, 3, 1, 1, 1));
        // 28 * 28 = 784 outputs per channel; 3 * 3 * 16 = 144 MACs each; 16 output channels:
        // 784 * 144 * 16 = 784 * 2304 = 1,806,336.
        assertEquals(1_806_336, LayerMacs.conv2d(28, 28, 3, 3, 16, 16, 1));
        // Stride 2 on 32 with padding 1: floor((32 + 2 - 2 - 1) / 2) + 1 = 15 + 1 = 16.
        assertEquals(16, LayerMacs.convOutputSize(32, 3, 2, 1, 1));
        // Dilation 2 spans 5 pixels: (28 + 4 - 5) / 1 + 1 = 28 with padding 2.
        assertEquals(28, LayerMacs.convOutputSize(28, 3, 1, 2, 2));
        // Depthwise 3x3 over 32 channels on 14x14: 196 * 9 * (32 / 32) * 32 = 56,448.
        assertEquals(56_448, LayerMacs.conv2d(14, 14, 3, 3, 32, 32, 32));
        assertEquals(7_840, LayerMacs.linear(784, 10));
        assertThrows(IllegalArgumentException.class, () -> LayerMacs.conv2d(4, 4, 3, 3, 16, 10, 4));
        assertThrows(IllegalArgumentException.class, () -> LayerMacs.convOutputSize(2, 5, 1, 0, 1));
    }

    @Test
    void bitOpsWeighEveryMacByBothWidths() {
        CostLedger ledger = new CostLedger();
        ledger.addMacs(LayerMacs.conv2d(28, 28, 3, 3, 16, 16, 1), 8, 8);
        // 1,806,336 MACs * 8 * 8 = 1,806,336 * 64 = 115,605,504 BitOPs.
        assertEquals(115_605_504L, CostConventions.bitOps(ledger.snapshot()));
        assertEquals(1_806_336L * 64, CostConventions.bitOps(ledger.snapshot()));
        ledger.addMacs(100, 32, 32);
        ledger.addMacs(10, 4, 8);
        // + 100 * 1024 + 10 * 32 = 115,605,504 + 102,400 + 320.
        assertEquals(115_708_224L, CostConventions.bitOps(ledger.snapshot()));
    }

    @Test
    void flopSwitch() {
        Cost cost = new Cost(new TreeMap<>(Map.of(Bitwidths.FP32, 1000L)), 50, 7, 3, 0, 0);
        // Comparisons and nonlinear evaluations are not FLOPs.
        assertEquals(1050, CostConventions.flops(cost, FlopConvention.MAC_IS_ONE_FLOP));
        assertEquals(2050, CostConventions.flops(cost, FlopConvention.MAC_IS_TWO_FLOPS));
        assertSame(FlopConvention.MAC_IS_ONE_FLOP, CostConventions.DEFAULT_FLOP_CONVENTION);
    }

    @Test
    void relativeBlockCostIsTheBitOpsRatio() {
        assertEquals(1.0 / 16, CostConventions.relativeBlockCost(8));
        assertEquals(0.0, CostConventions.relativeBlockCost(0));
        assertEquals(0.25, CostConventions.relativeBlockCost(16));
        assertEquals(1.0 / 64, CostConventions.relativeBlockCost(4));
        assertEquals(1.0, CostConventions.relativeBlockCost(32));
        // Consistent with BitOPs: a block at 8/8 over the same block at 32/32.
        Cost eight = new Cost(new TreeMap<>(Map.of(Bitwidths.uniform(8), 500L)), 0, 0, 0, 0, 0);
        Cost full = new Cost(new TreeMap<>(Map.of(Bitwidths.FP32, 500L)), 0, 0, 0, 0, 0);
        assertEquals(CostConventions.relativeBlockCost(8),
                CostConventions.bitOps(eight) / (double) CostConventions.bitOps(full));
        assertThrows(IllegalArgumentException.class, () -> CostConventions.relativeBlockCost(33));
        assertThrows(IllegalArgumentException.class, () -> CostConventions.relativeBlockCost(-1));
    }

    @Test
    void treeNodeConventions() {
        CostLedger ledger = new CostLedger();
        // A soft tree of depth 4 on MNIST: 15 inner nodes over 784 features, 16 leaves of 10 classes.
        for (int i = 0; i < 15; i++) {
            CostConventions.softInnerNode(ledger, 784);
        }
        for (int i = 0; i < 16; i++) {
            CostConventions.leafMixture(ledger, 10);
        }
        // 15 * 784 + 16 * 10 = 11,760 + 160 = 11,920 fp32 MACs and 15 sigmoids.
        assertEquals(new Cost(new TreeMap<>(Map.of(Bitwidths.FP32, 11_920L)), 0, 0, 15, 0, 0), ledger.snapshot());

        ledger.reset();
        for (int i = 0; i < 3; i++) {
            CostConventions.hardAxisAlignedNode(ledger);
        }
        CostConventions.hardObliqueNode(ledger, 5);
        assertEquals(new Cost(new TreeMap<>(Map.of(Bitwidths.FP32, 5L)), 0, 4, 0, 0, 0), ledger.snapshot());
        assertThrows(IllegalArgumentException.class, () -> CostConventions.softInnerNode(new CostLedger(), 0));
    }

    @Test
    void packedBytesRoundUp() {
        assertEquals(5, CostConventions.packedBytes(10, 4));
        // 3 values of 4 bits = 12 bits = 1.5 bytes -> 2.
        assertEquals(2, CostConventions.packedBytes(3, 4));
        assertEquals(4000, CostConventions.packedBytes(1000, 32));
        assertEquals(0, CostConventions.packedBytes(0, 8));
        assertThrows(IllegalArgumentException.class, () -> CostConventions.packedBytes(1, 0));
    }
}
