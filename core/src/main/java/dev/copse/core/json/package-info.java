/**
 * A small, strict JSON (RFC 8259) value model with a writer and a parser, used for model-file headers and
 * reports. No third-party dependency.
 *
 * <ul>
 *   <li>{@link dev.copse.core.json.JsonValue} and its six kinds: {@link dev.copse.core.json.JsonObject}
 *       (members kept in insertion order), {@link dev.copse.core.json.JsonArray},
 *       {@link dev.copse.core.json.JsonString}, {@link dev.copse.core.json.JsonNumber} (an exact
 *       {@code long} or an exact {@code double}), {@link dev.copse.core.json.JsonBoolean} and
 *       {@link dev.copse.core.json.JsonNull}. All values are immutable and thread-safe.</li>
 *   <li>{@link dev.copse.core.json.JsonWriter}: compact and pretty output.</li>
 *   <li>{@link dev.copse.core.json.JsonParser}: strict parsing that is safe on hostile input (length and
 *       nesting limits, no recursion), failing only with {@link dev.copse.core.json.JsonParseException},
 *       which names the source, line, column and what was expected.</li>
 * </ul>
 */
package dev.copse.core.json;
