package dev.copse.benchmarks.gemm;

/**
 * One matrix product {@code C (m x n) = op(A) (m x k) * op(B) (k x n)} that Copse runs in practice.
 *
 * <p>With {@code transposedA} the operand is stored as {@code k x m} and read transposed (and likewise
 * for B), exactly as {@link dev.copse.core.kernel.Gemm#sgemm} takes it, so the benchmark sees the memory
 * layout the backward pass really has.
 */
public enum GemmShape {
    /** Soft-forest routing on a batch: X (256 x 784 pixels) times the node weights W (784 x 945). */
    FOREST_FORWARD("forest-x-w", "soft forest X·W", 256, 945, 784, false, false),
    /** Weight gradient of the same layer: Xᵀ·dZ, X stored as 256 x 784. */
    FOREST_WEIGHT_GRADIENT("forest-xt-dz", "soft forest Xᵀ·dZ", 784, 945, 256, true, false),
    /** Input gradient of the same layer: dZ·Wᵀ, W stored as 784 x 945. */
    FOREST_INPUT_GRADIENT("forest-dz-wt", "soft forest dZ·Wᵀ", 256, 784, 945, false, true),
    /** First convolution as im2col: 25,088 output pixels x (3x3x16 patch) times 16 filters. */
    CONV_IM2COL_16("conv-im2col-16", "conv im2col 3×3×16→16", 25_088, 16, 144, false, false),
    /** Second convolution as im2col: 6,272 output pixels x (3x3x32 patch) times 32 filters. */
    CONV_IM2COL_32("conv-im2col-32", "conv im2col 3×3×32→32", 6_272, 32, 288, false, false),
    /** The classic square reference point. */
    SQUARE_1024("square-1024", "square 1024³", 1024, 1024, 1024, false, false);

    private final String id;
    private final String description;
    private final int m;
    private final int n;
    private final int k;
    private final boolean transposedA;
    private final boolean transposedB;

    GemmShape(String id, String description, int m, int n, int k, boolean transposedA, boolean transposedB) {
        this.id = id;
        this.description = description;
        this.m = m;
        this.n = n;
        this.k = k;
        this.transposedA = transposedA;
        this.transposedB = transposedB;
    }

    /** The stable name used on command lines, in JSON and by the Python peers. */
    public String id() {
        return id;
    }

    /** What the product is in Copse, for tables. */
    public String description() {
        return description;
    }

    public int m() {
        return m;
    }

    public int n() {
        return n;
    }

    public int k() {
        return k;
    }

    public boolean transposedA() {
        return transposedA;
    }

    public boolean transposedB() {
        return transposedB;
    }

    /** Rows of A as stored: {@code k} when A is read transposed, else {@code m}. */
    public int storedRowsA() {
        return transposedA ? k : m;
    }

    /** Columns of A as stored, which is also its leading dimension. */
    public int storedColumnsA() {
        return transposedA ? m : k;
    }

    /** Rows of B as stored: {@code n} when B is read transposed, else {@code k}. */
    public int storedRowsB() {
        return transposedB ? n : k;
    }

    /** Columns of B as stored, which is also its leading dimension. */
    public int storedColumnsB() {
        return transposedB ? k : n;
    }

    /** Floating-point operations of one product: {@code 2 m n k} (one multiply and one add per term). */
    public double flops() {
        return 2.0 * m * n * k;
    }

    /** The product written with its operand shapes, e.g. {@code 784×256ᵀ · 256×945}. */
    public String dimensions() {
        String left = transposedA ? k + "×" + m + "ᵀ" : m + "×" + k;
        String right = transposedB ? n + "×" + k + "ᵀ" : k + "×" + n;
        return left + " · " + right;
    }

    /** The shape with the given {@link #id()}; throws naming the known ids when there is none. */
    public static GemmShape byId(String id) {
        for (GemmShape shape : values()) {
            if (shape.id.equals(id)) {
                return shape;
            }
        }
        StringBuilder known = new StringBuilder();
        for (GemmShape shape : values()) {
            known.append(known.isEmpty() ? "" : ", ").append(shape.id);
        }
        throw new IllegalArgumentException("unknown GEMM shape '" + id + "'; known shapes: " + known);
    }
}
