package dev.promptcanvas.annotations.formats.support;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.promptcanvas.annotations.formats.FormatException;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Opens JSON files for streaming reads the same way in every reader, and turns Jackson's syntax errors into
 * {@link FormatException}s that name the file, the line and column, and the field being read.
 *
 * <p>NaN and Infinity literals (which Python's json module writes) are let through the tokenizer so the readers can
 * reject them with the field's path; strings may be as long as a file can hold (LabelMe embeds whole images).
 */
public final class JsonInput {

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxStringLength(Integer.MAX_VALUE)
                    .maxDocumentLength(-1)
                    .build())
            .build());

    private JsonInput() {
    }

    /** A parser over the file (it can read small subtrees with {@code readValueAsTree}). */
    public static JsonParser open(Path file) throws IOException {
        return MAPPER.createParser(file.toFile());
    }

    /** A parser over bytes (for tests and embedded JSON). */
    public static JsonParser open(byte[] json) throws IOException {
        return MAPPER.createParser(json);
    }

    /** A syntax error as a FormatException naming the file, the line and column, and the field being read. */
    public static FormatException malformed(Path file, JsonProcessingException e, JsonParser parser) {
        return new FormatException(file, parser == null ? null : JsonPaths.here(parser), syntaxError(e), e);
    }

    /** A syntax error as an {@link InvalidFieldException} (for readers that may skip a whole bad file). */
    public static InvalidFieldException malformedField(JsonProcessingException e, JsonParser parser) {
        return new InvalidFieldException(parser == null ? null : JsonPaths.here(parser), syntaxError(e));
    }

    /** "malformed JSON at line L, column C: what Jackson says" (or "file ends too early ..."). */
    public static String syntaxError(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        String what = e instanceof JsonEOFException
                ? "file ends too early (truncated?)" + where
                : (e instanceof StreamReadException ? "malformed JSON" : "unreadable JSON") + where;
        return what + ": " + e.getOriginalMessage().replaceAll("\\[Source: [^;\\]]*; ", "[");
    }
}
