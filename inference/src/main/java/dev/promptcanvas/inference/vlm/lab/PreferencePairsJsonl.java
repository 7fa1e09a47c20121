package dev.promptcanvas.inference.vlm.lab;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.json.GeometryJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Preference pairs as JSON Lines, one pair per line:
 * <pre>
 * {"prompt": question, "chosen": answer, "rejected": answer,            (the DPO trainer's three fields)
 *  "image": path, "image_sha256": .., "region": {geometry JSON}, "question": ..,
 *  "chosen_meta": {"style", "prompt", "image_sha256", "latency_ms"}, "rejected_meta": {..},
 *  "model": .., "endpoint": .., "timestamp": ISO-8601}
 * </pre>
 * Reading reports the line and the field of anything malformed.
 */
public final class PreferencePairsJsonl {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private PreferencePairsJsonl() {
    }

    /** One line (no newline). */
    public static String toLine(PreferencePair p) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("prompt", p.question());
        o.put("chosen", p.chosen().answer());
        o.put("rejected", p.rejected().answer());
        o.put("image", p.imagePath());
        o.put("image_sha256", p.imageSha256());
        try {
            o.set("region", MAPPER.readTree(GeometryJson.write(p.region())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        o.put("question", p.question());
        o.set("chosen_meta", meta(p.chosen()));
        o.set("rejected_meta", meta(p.rejected()));
        o.put("model", p.model());
        o.put("endpoint", p.endpoint());
        o.put("timestamp", p.timestamp().toString());
        return o.toString();
    }

    private static ObjectNode meta(PreferencePair.Choice c) {
        ObjectNode m = MAPPER.createObjectNode();
        m.put("style", c.style());
        m.put("prompt", c.prompt());
        m.put("image_sha256", c.imageSha256());
        m.put("latency_ms", c.latencyMs());
        return m;
    }

    /** Appends pairs to a file (created when missing). */
    public static void append(Path file, List<PreferencePair> pairs) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            for (PreferencePair p : pairs) {
                w.write(toLine(p));
                w.write('\n');
            }
        }
    }

    /** Every pair of a file; blank lines are skipped. */
    public static List<PreferencePair> read(Path file) throws IOException {
        List<PreferencePair> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (!line.isBlank()) {
                    out.add(fromLine(line, file + ":" + n));
                }
            }
        }
        return out;
    }

    /** @param where the file and line, for messages */
    public static PreferencePair fromLine(String line, String where) {
        JsonNode o;
        try {
            o = MAPPER.readTree(line);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(where + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
        if (o == null || !o.isObject()) {
            throw new IllegalArgumentException(where + ": expected a JSON object");
        }
        Geometry region = GeometryJson.fromNode(required(o, "region", where), "region");
        Instant at;
        try {
            at = Instant.parse(text(o, "timestamp", where));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + ": timestamp: not an ISO-8601 instant", e);
        }
        return new PreferencePair(o.path("image").asText(null), o.path("image_sha256").asText(null), region,
                text(o, "question", where), choice(o, "chosen", where), choice(o, "rejected", where),
                text(o, "model", where), o.path("endpoint").asText(null), at);
    }

    private static PreferencePair.Choice choice(JsonNode o, String side, String where) {
        JsonNode m = required(o, side + "_meta", where);
        return new PreferencePair.Choice(text(m, "style", where + ": " + side + "_meta"),
                text(m, "prompt", where + ": " + side + "_meta"), m.path("image_sha256").asText(null),
                text(o, side, where), m.path("latency_ms").asLong(0));
    }

    private static JsonNode required(JsonNode o, String field, String where) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            throw new IllegalArgumentException(where + ": " + field + ": missing");
        }
        return v;
    }

    private static String text(JsonNode o, String field, String where) {
        JsonNode v = required(o, field, where);
        if (!v.isTextual()) {
            throw new IllegalArgumentException(where + ": " + field + ": expected a string");
        }
        return v.asText();
    }
}
