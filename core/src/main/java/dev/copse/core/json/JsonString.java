package dev.copse.core.json;

/**
 * A JSON string.
 *
 * @param value the text; must not contain an unpaired surrogate, because such a string cannot be written
 *              as UTF-8 and a strict reader (including {@link JsonParser}) rejects its escaped form
 */
public record JsonString(String value) implements JsonValue {

    public JsonString {
        if (value == null) {
            throw new IllegalArgumentException("JSON string value must not be null");
        }
        int bad = firstUnpairedSurrogate(value);
        if (bad >= 0) {
            throw new IllegalArgumentException("JSON string has an unpaired surrogate U+"
                    + Integer.toHexString(value.charAt(bad)).toUpperCase(java.util.Locale.ROOT) + " at index " + bad);
        }
    }

    /** The string {@code value}. */
    public static JsonString of(String value) {
        return new JsonString(value);
    }

    @Override
    public String kind() {
        return "string";
    }

    @Override
    public String asString() {
        return value;
    }

    @Override
    public String toString() {
        return JsonWriter.compact(this);
    }

    /** Index of the first surrogate char that is not half of a high-low pair, or -1. */
    static int firstUnpairedSurrogate(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            } else if (Character.isLowSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }
}
