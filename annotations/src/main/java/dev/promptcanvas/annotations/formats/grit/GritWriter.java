package dev.promptcanvas.annotations.formats.grit;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.formats.ImageContent;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.formats.WriteOptions;
import dev.promptcanvas.annotations.formats.support.CodePointOffsets;
import dev.promptcanvas.annotations.formats.support.JsonLinesWriter;
import dev.promptcanvas.annotations.formats.support.JsonNumbers;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Ellipse;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.GroundedPhrase;
import dev.promptcanvas.annotations.model.ImageRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes one GRIT record per caption, image by image, as JSON Lines. */
final class GritWriter {

    private final WriteOptions options;
    private final String prefix;
    private final boolean clip;

    GritWriter(WriteOptions options) {
        this.options = options;
        this.prefix = options.option(GritFormat.OPTION_IMAGES, "");
        this.clip = options.flag(GritFormat.OPTION_CLIP, true);
    }

    List<Skipped> write(ExportSource source, Path output) throws IOException {
        List<Skipped> skipped = new ArrayList<>();
        JsonLinesWriter.write(output, records -> {
            for (ImageRecord image : source.images()) {
                ImageContent content = source.content(image);
                List<Caption> captions = content.captions();
                for (int k = 0; k < captions.size(); k++) {
                    writeRecord(records.generator(), content, captions.get(k), k, output, skipped);
                    records.endRecord();
                }
            }
        });
        return skipped;
    }

    private void writeRecord(JsonGenerator g, ImageContent content, Caption caption, int index, Path output,
                             List<Skipped> skipped) throws IOException {
        ImageRecord image = content.image();
        String name = options.imageName(image);
        String key = key(name, index);
        g.writeStartObject();
        g.writeStringField("key", key);
        g.writeNumberField("id", id(key));
        g.writeStringField("url", prefix + name);
        g.writeStringField("caption", caption.text());
        g.writeNumberField("width", image.width());
        g.writeNumberField("height", image.height());
        if (clip) {
            g.writeNullField("clip_similarity_vitb32");
            g.writeNullField("clip_similarity_vitl14");
        }
        Map<Long, Annotation> byId = new HashMap<>();
        for (Annotation a : content.annotations()) {
            byId.put(a.id(), a);
        }
        List<GroundingSpans.Chunk> chunks = chunks(content, caption, byId, output, skipped);
        g.writeArrayFieldStart("noun_chunks");
        for (GroundingSpans.Chunk c : chunks) {
            tuples(g, caption.text(), c.chunk(), c.regions(), byId, image);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("ref_exps");
        for (GroundingSpans.Chunk c : chunks) {
            tuples(g, caption.text(), c.refExp(), c.regions(), byId, image);
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static List<GroundingSpans.Chunk> chunks(ImageContent content, Caption caption, Map<Long, Annotation> byId,
                                                     Path output, List<Skipped> skipped) {
        List<GroundedPhrase> grounded = new ArrayList<>();
        Map<Long, List<Long>> regions = new LinkedHashMap<>();
        for (GroundedPhrase p : content.phrasesOf(caption.id())) {
            if (p.end() > caption.text().length()) {
                throw new IllegalArgumentException("phrase " + p.id() + " [" + p.start() + ", " + p.end()
                        + ") lies outside caption " + caption.id() + " (" + caption.text().length() + " characters)");
            }
            List<Long> ids = new ArrayList<>();
            for (Long id : p.annotationIds()) {
                Annotation a = byId.get(id);
                if (a != null && hasArea(a.geometry()) && !ids.contains(id)) {
                    ids.add(id);
                } else if (a != null && !hasArea(a.geometry())) {
                    skipped.add(new Skipped(output, "annotation " + id, "a " + a.geometry().kind()
                            + " has no box; phrase '" + caption.text().substring(p.start(), p.end())
                            + "' is written without it"));
                }
            }
            if (ids.isEmpty()) {
                skipped.add(new Skipped(output, "phrase " + p.id(), "names no region with a box; GRIT cannot hold it"));
                continue;
            }
            grounded.add(p);
            regions.put(p.id(), ids);
        }
        return GroundingSpans.pair(grounded, regions);
    }

    private static void tuples(JsonGenerator g, String text, GroundedPhrase span, List<Long> regions,
                               Map<Long, Annotation> byId, ImageRecord image) throws IOException {
        int start = CodePointOffsets.toCodePoints(text, span.start());
        int end = CodePointOffsets.toCodePoints(text, span.end());
        for (Long id : regions) {
            Annotation a = byId.get(id);
            Box b = a.geometry().bounds();
            g.writeStartArray();
            g.writeNumber(start);
            g.writeNumber(end);
            JsonNumbers.write(g, unit(b.x1() / image.width()));
            JsonNumbers.write(g, unit(b.y1() / image.height()));
            JsonNumbers.write(g, unit(b.x2() / image.width()));
            JsonNumbers.write(g, unit(b.y2() / image.height()));
            JsonNumbers.write(g, a.score() == null ? 1.0 : a.score());
            g.writeEndArray();
        }
    }

    static boolean hasArea(Geometry g) {
        return g instanceof Box || g instanceof Polygon || g instanceof Mask || g instanceof Ellipse;
    }

    private static double unit(double v) {
        return Math.min(1, Math.max(0, v));
    }

    /** The image name without its extension, folders joined by '_', then '_' and the caption's index. */
    static String key(String imageName, int index) {
        String name = imageName;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        int dot = name.lastIndexOf('.');
        if (dot > slash + 1) {
            name = name.substring(0, dot);
        }
        return name.replace('/', '_').replace('\\', '_') + "_" + index;
    }

    /** A stable positive id below 2^53 (exact in any JSON reader): 64-bit FNV-1a of the key's UTF-8 bytes. */
    static long id(String key) {
        long h = 0xcbf29ce484222325L;
        for (byte b : key.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xff;
            h *= 0x100000001b3L;
        }
        return h & ((1L << 53) - 1);
    }
}
