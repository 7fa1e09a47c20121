package dev.promptcanvas.annotations.formats.support;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;

/** Writes a JSON Lines file atomically (through {@link AtomicFiles}): one compact JSON object per line, UTF-8. */
public final class JsonLinesWriter {

    private static final JsonFactory JSON = new JsonFactory();

    /** What writes the records. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Records records) throws IOException;
    }

    /** The open file: write one object with {@link #generator()}, then call {@link #endRecord()}. */
    public static final class Records {
        private final JsonGenerator generator;
        private int count;

        private Records(JsonGenerator generator) {
            this.generator = generator;
        }

        public JsonGenerator generator() {
            return generator;
        }

        /** Ends the line of the object just written. */
        public void endRecord() throws IOException {
            generator.writeRaw('\n');
            count++;
        }

        /** The records written so far. */
        public int count() {
            return count;
        }
    }

    private JsonLinesWriter() {
    }

    /** Writes the file; nothing replaces {@code target} unless the content completes. */
    public static void write(Path target, Content content) throws IOException {
        AtomicFiles.write(target, out -> {
            try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                g.setRootValueSeparator(null);
                content.writeTo(new Records(g));
            }
        });
    }
}
