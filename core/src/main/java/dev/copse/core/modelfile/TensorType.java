package dev.copse.core.modelfile;

/** Element types a model file can hold, named as safetensors names them. */
public enum TensorType {
    /** IEEE 754 binary32, little-endian. */
    F32("F32", 4),
    /** Two's-complement 32-bit integer, little-endian. */
    I32("I32", 4);

    private final String code;
    private final int bytes;

    TensorType(String code, int bytes) {
        this.code = code;
        this.bytes = bytes;
    }

    /** The safetensors dtype string, e.g. {@code "F32"}. */
    public String code() {
        return code;
    }

    /** Bytes per element. */
    public int bytes() {
        return bytes;
    }

    /** The type named {@code code}, or null when Copse does not read that type. */
    static TensorType byCode(String code) {
        for (TensorType type : values()) {
            if (type.code.equals(code)) {
                return type;
            }
        }
        return null;
    }
}
