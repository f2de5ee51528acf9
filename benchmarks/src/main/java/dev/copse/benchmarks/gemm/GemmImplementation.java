package dev.copse.benchmarks.gemm;

import dev.copse.core.kernel.Gemm;
import org.ejml.data.FMatrixRMaj;
import org.ejml.dense.row.CommonOps_FDRM;
import org.ejml.dense.row.CommonOps_MT_FDRM;

/**
 * The Java GEMM implementations the benchmarks compare, each computing {@code C = op(A) op(B)} on the
 * same {@link GemmOperands}.
 *
 * <p>{@link #COPSE} calls {@link Gemm#sgemm}; which Copse kernel that is (portable or Vector API) is fixed
 * once per JVM by the system property {@value KernelFlags#PROPERTY}, so the benchmarks start one JVM per
 * kernel rather than making it a parameter here.
 */
public enum GemmImplementation {
    /** Copse's entry point, whichever kernel the JVM selected. */
    COPSE("copse") {
        @Override
        public void multiply(GemmOperands operands) {
            GemmShape s = operands.shape();
            FMatrixRMaj a = operands.a();
            FMatrixRMaj b = operands.b();
            FMatrixRMaj c = operands.c();
            Gemm.sgemm(s.transposedA(), s.transposedB(), s.m(), s.n(), s.k(), 1f,
                    a.data, 0, a.numCols, b.data, 0, b.numCols, 0f, c.data, 0, c.numCols);
        }
    },
    /** EJML's single-threaded row-major product ({@code CommonOps_FDRM.mult} and its transposed forms). */
    EJML("ejml") {
        @Override
        public void multiply(GemmOperands operands) {
            GemmShape s = operands.shape();
            if (s.transposedA() && s.transposedB()) {
                CommonOps_FDRM.multTransAB(operands.a(), operands.b(), operands.c());
            } else if (s.transposedA()) {
                CommonOps_FDRM.multTransA(operands.a(), operands.b(), operands.c());
            } else if (s.transposedB()) {
                CommonOps_FDRM.multTransB(operands.a(), operands.b(), operands.c());
            } else {
                CommonOps_FDRM.mult(operands.a(), operands.b(), operands.c());
            }
        }
    },
    /** EJML's multi-threaded product ({@code CommonOps_MT_FDRM}), on EJML's own thread pool. */
    EJML_CONCURRENT("ejml-mt") {
        @Override
        public void multiply(GemmOperands operands) {
            GemmShape s = operands.shape();
            if (s.transposedA() && s.transposedB()) {
                CommonOps_MT_FDRM.multTransAB(operands.a(), operands.b(), operands.c());
            } else if (s.transposedA()) {
                CommonOps_MT_FDRM.multTransA(operands.a(), operands.b(), operands.c());
            } else if (s.transposedB()) {
                CommonOps_MT_FDRM.multTransB(operands.a(), operands.b(), operands.c());
            } else {
                CommonOps_MT_FDRM.mult(operands.a(), operands.b(), operands.c());
            }
        }
    };

    private final String id;

    GemmImplementation(String id) {
        this.id = id;
    }

    /** The stable name used on command lines and in results. */
    public String id() {
        return id;
    }

    /** Overwrites {@code operands.c()} with the product; allocates nothing in steady state. */
    public abstract void multiply(GemmOperands operands);

    /** The implementation with the given {@link #id()}; throws naming the known ids when there is none. */
    public static GemmImplementation byId(String id) {
        for (GemmImplementation implementation : values()) {
            if (implementation.id.equals(id)) {
                return implementation;
            }
        }
        throw new IllegalArgumentException("unknown GEMM implementation '" + id + "'; known: copse, ejml, ejml-mt");
    }
}
