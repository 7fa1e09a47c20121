package dev.promptcanvas.annotations.formats.support;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** Writes numbers compactly: whole values without a fraction ({@code 12} rather than {@code 12.0}). */
public final class JsonNumbers {

    private static final double LARGEST_EXACT_LONG = 0x1p53;

    private JsonNumbers() {
    }

    public static void write(JsonGenerator g, double v) throws IOException {
        if (v == Math.rint(v) && Math.abs(v) < LARGEST_EXACT_LONG) {
            g.writeNumber((long) v);
        } else {
            g.writeNumber(v);
        }
    }

    /** Writes an array of numbers. */
    public static void writeArray(JsonGenerator g, double[] values) throws IOException {
        g.writeStartArray();
        for (double v : values) {
            write(g, v);
        }
        g.writeEndArray();
    }
}
