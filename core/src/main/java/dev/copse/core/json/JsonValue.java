package dev.copse.core.json;

/**
 * One JSON value. The six implementations are immutable and thread-safe; {@code toString()} returns the
 * compact JSON text.
 *
 * <p>The {@code as...} accessors return the value as the requested kind and throw
 * {@link IllegalStateException} naming both kinds when it is something else, so a loader can turn a
 * wrong-typed field into a clear error with one call.
 */
public sealed interface JsonValue permits JsonObject, JsonArray, JsonString, JsonNumber, JsonBoolean, JsonNull {

    /** The JSON name of this value's kind: object, array, string, number, boolean or null. */
    String kind();

    /** This value as an object; throws {@link IllegalStateException} if it is not one. */
    default JsonObject asObject() {
        throw wrongKind("object");
    }

    /** This value as an array; throws {@link IllegalStateException} if it is not one. */
    default JsonArray asArray() {
        throw wrongKind("array");
    }

    /** The text of this string value; throws {@link IllegalStateException} if it is not a string. */
    default String asString() {
        throw wrongKind("string");
    }

    /** This value as a number; throws {@link IllegalStateException} if it is not one. */
    default JsonNumber asNumber() {
        throw wrongKind("number");
    }

    /** The truth value of this boolean; throws {@link IllegalStateException} if it is not a boolean. */
    default boolean asBoolean() {
        throw wrongKind("boolean");
    }

    /** True only for {@link JsonNull}. */
    default boolean isNull() {
        return false;
    }

    private IllegalStateException wrongKind(String expected) {
        return new IllegalStateException("expected a JSON " + expected + " but found a " + kind());
    }
}
