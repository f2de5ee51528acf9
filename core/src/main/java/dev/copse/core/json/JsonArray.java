package dev.copse.core.json;

import java.util.Arrays;
import java.util.List;

/**
 * A JSON array: an immutable list of values.
 *
 * @param items the elements in order; copied, and must not contain {@code null} (use {@link JsonNull})
 */
public record JsonArray(List<JsonValue> items) implements JsonValue {

    public JsonArray {
        items = List.copyOf(items);
    }

    /** An array of the given elements. */
    public static JsonArray of(JsonValue... items) {
        return new JsonArray(Arrays.asList(items));
    }

    /** Number of elements. */
    public int size() {
        return items.size();
    }

    /** Element {@code index}; throws {@link IndexOutOfBoundsException} outside {@code [0, size())}. */
    public JsonValue get(int index) {
        return items.get(index);
    }

    @Override
    public String kind() {
        return "array";
    }

    @Override
    public JsonArray asArray() {
        return this;
    }

    @Override
    public String toString() {
        return JsonWriter.compact(this);
    }
}
