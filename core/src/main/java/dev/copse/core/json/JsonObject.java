package dev.copse.core.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.SequencedMap;

/**
 * A JSON object: an immutable map from names to values that keeps the members in insertion order (the
 * writer emits them in that order). Names are unique; building or parsing a duplicate name is an error.
 * {@link #equals} is map equality and ignores order, as JSON objects are unordered.
 */
public final class JsonObject implements JsonValue {

    private static final JsonObject EMPTY = new JsonObject(new LinkedHashMap<>());

    private final SequencedMap<String, JsonValue> members;

    private JsonObject(LinkedHashMap<String, JsonValue> members) {
        this.members = Collections.unmodifiableSequencedMap(members);
    }

    /** The empty object. */
    public static JsonObject empty() {
        return EMPTY;
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** The members in insertion order; unmodifiable. */
    public SequencedMap<String, JsonValue> members() {
        return members;
    }

    /** Number of members. */
    public int size() {
        return members.size();
    }

    /** The member called {@code name}, if present. */
    public Optional<JsonValue> find(String name) {
        return Optional.ofNullable(members.get(name));
    }

    /** The member called {@code name}; throws {@link NoSuchElementException} naming it when absent. */
    public JsonValue get(String name) {
        JsonValue value = members.get(name);
        if (value == null) {
            throw new NoSuchElementException("JSON object has no member \"" + name + "\"; it has " + members.keySet());
        }
        return value;
    }

    @Override
    public String kind() {
        return "object";
    }

    @Override
    public JsonObject asObject() {
        return this;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JsonObject other && members.equals(other.members);
    }

    @Override
    public int hashCode() {
        return members.hashCode();
    }

    @Override
    public String toString() {
        return JsonWriter.compact(this);
    }

    /** Collects members in order; single use: {@link #build()} hands the members over. Not thread-safe. */
    public static final class Builder {

        private LinkedHashMap<String, JsonValue> members = new LinkedHashMap<>();

        private Builder() {
        }

        /** Adds a member; throws {@link IllegalArgumentException} for a null or duplicate name or null value. */
        public Builder put(String name, JsonValue value) {
            if (members == null) {
                throw new IllegalStateException("this JsonObject.Builder has already built its object");
            }
            if (name == null || value == null) {
                throw new IllegalArgumentException("JSON member name and value must not be null (name: " + name + ")");
            }
            if (JsonString.firstUnpairedSurrogate(name) >= 0) {
                throw new IllegalArgumentException("JSON member name has an unpaired surrogate: " + name);
            }
            if (members.putIfAbsent(name, value) != null) {
                throw new IllegalArgumentException("duplicate JSON member name \"" + name + "\"");
            }
            return this;
        }

        /** Adds a string member. */
        public Builder put(String name, String value) {
            return put(name, new JsonString(value));
        }

        /** Adds an integral number member. */
        public Builder put(String name, long value) {
            return put(name, JsonNumber.of(value));
        }

        /** Adds a floating number member (finite). */
        public Builder put(String name, double value) {
            return put(name, JsonNumber.of(value));
        }

        /** Adds a boolean member. */
        public Builder put(String name, boolean value) {
            return put(name, JsonBoolean.of(value));
        }

        /** True when a member called {@code name} was already added. */
        public boolean has(String name) {
            return members != null && members.containsKey(name);
        }

        /** The object; the builder cannot be used afterwards. */
        public JsonObject build() {
            if (members == null) {
                throw new IllegalStateException("this JsonObject.Builder has already built its object");
            }
            JsonObject result = members.isEmpty() ? EMPTY : new JsonObject(members);
            members = null;
            return result;
        }
    }
}
