package dev.copse.core.json;

/** The JSON literal {@code null}. */
public enum JsonNull implements JsonValue {
    INSTANCE;

    @Override
    public String kind() {
        return "null";
    }

    @Override
    public boolean isNull() {
        return true;
    }

    @Override
    public String toString() {
        return "null";
    }
}
