package dev.copse.cnn.model;

import dev.copse.cnn.layer.TensorShape;
import dev.copse.core.json.JsonArray;
import dev.copse.core.json.JsonNumber;
import dev.copse.core.json.JsonObject;
import dev.copse.core.json.JsonValue;
import java.util.ArrayList;
import java.util.List;

/** Typed reads of architecture fields, with errors that name the field. */
final class JsonFields {

    private JsonFields() {
    }

    static int integer(JsonObject json, String field) {
        JsonValue value = json.find(field).orElseThrow(() -> missing(field));
        try {
            return Math.toIntExact(value.asNumber().longValueExact());
        } catch (IllegalStateException | ArithmeticException e) {
            throw new IllegalArgumentException("architecture field '" + field + "' must be an integer, got " + value,
                    e);
        }
    }

    static double number(JsonObject json, String field) {
        JsonValue value = json.find(field).orElseThrow(() -> missing(field));
        try {
            return value.asNumber().doubleValue();
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException("architecture field '" + field + "' must be a number, got " + value, e);
        }
    }

    static List<Integer> integers(JsonObject json, String field) {
        JsonValue value = json.find(field).orElseThrow(() -> missing(field));
        List<Integer> result = new ArrayList<>();
        try {
            for (JsonValue item : value.asArray().items()) {
                result.add(Math.toIntExact(item.asNumber().longValueExact()));
            }
        } catch (IllegalStateException | ArithmeticException e) {
            throw new IllegalArgumentException("architecture field '" + field + "' must be an array of integers, got "
                    + value, e);
        }
        return result;
    }

    static TensorShape shape(JsonObject json, String field) {
        List<Integer> dims = integers(json, field);
        if (dims.size() != 3) {
            throw new IllegalArgumentException("architecture field '" + field
                    + "' must be [channels, height, width], got " + dims);
        }
        return new TensorShape(dims.get(0), dims.get(1), dims.get(2));
    }

    static JsonArray array(List<Integer> values) {
        return new JsonArray(values.stream().map(v -> (JsonValue) JsonNumber.of(v)).toList());
    }

    static JsonArray array(TensorShape shape) {
        return array(List.of(shape.channels(), shape.height(), shape.width()));
    }

    private static IllegalArgumentException missing(String field) {
        return new IllegalArgumentException("architecture field '" + field + "' is missing");
    }
}
