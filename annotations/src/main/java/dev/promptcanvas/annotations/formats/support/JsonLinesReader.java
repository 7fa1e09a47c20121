package dev.promptcanvas.annotations.formats.support;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.promptcanvas.annotations.formats.FormatException;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a JSON Lines file (one JSON object per line; blank lines ignored) and hands each record, as a small tree, to
 * a handler. Problems are reported with the line number and the field, e.g. {@code line 7: noun_chunks[2][3]}.
 */
public final class JsonLinesReader {

    /** Takes one record; throws {@link InvalidFieldException} (without the line) when a field is wrong. */
    @FunctionalInterface
    public interface RecordHandler {
        void accept(int line, JsonNode record) throws InvalidFieldException;
    }

    private JsonLinesReader() {
    }

    /**
     * Reads every record of the file in order. A bad line (malformed JSON, not an object, or a field the handler
     * rejects) goes to {@code problems}: listed and left out when skipping, else the read fails there.
     *
     * @return the number of records (non-blank lines) in the file
     */
    public static int read(Path file, Problems problems, RecordHandler handler) throws FormatException, IOException {
        if (!Files.exists(file)) {
            throw new FormatException(file, null, "no such file");
        }
        if (Files.isDirectory(file)) {
            throw new FormatException(file, null, "is a folder; expected one JSON Lines file");
        }
        InputSizeGuard.check(file);
        int records = 0;
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int line = 0;
            for (String text = in.readLine(); text != null; text = in.readLine()) {
                line++;
                if (line == 1 && text.startsWith("\uFEFF")) {
                    text = text.substring(1);
                }
                if (text.isBlank()) {
                    continue;
                }
                records++;
                JsonNode node = parse(file, line, text, problems);
                if (node == null) {
                    continue;
                }
                try {
                    handler.accept(line, node);
                } catch (InvalidFieldException e) {
                    problems.report(file, at(line, e.field()), e.reason());
                }
            }
        } catch (CharacterCodingException e) {
            throw new FormatException(file, null, "is not UTF-8 text", e);
        }
        if (records == 0) {
            throw new FormatException(file, null, "has no records (the file is empty)");
        }
        return records;
    }

    /** "line N" or "line N: field", the field name readers put in their messages. */
    public static String at(int line, String field) {
        return "line " + line + (field == null || field.isEmpty() ? "" : ": " + field);
    }

    private static JsonNode parse(Path file, int line, String text, Problems problems)
            throws FormatException, IOException {
        JsonNode node;
        try (JsonParser p = JsonInput.open(text.getBytes(StandardCharsets.UTF_8))) {
            node = p.readValueAsTree();
            if (p.nextToken() != null) {
                problems.report(file, at(line, null), "more than one JSON value on the line (column "
                        + p.currentTokenLocation().getColumnNr() + ")");
                return null;
            }
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            problems.report(file, at(line, null), "malformed JSON" + (where == null ? "" : " at column "
                    + where.getColumnNr()) + ": " + e.getOriginalMessage().replaceAll("\\[Source: [^;\\]]*; ", "["));
            return null;
        }
        if (node == null || !node.isObject()) {
            problems.report(file, at(line, null), "expected a JSON object, got " + JsonNodes.describe(node));
            return null;
        }
        return node;
    }
}
