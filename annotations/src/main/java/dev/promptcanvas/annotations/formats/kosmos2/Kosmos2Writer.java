package dev.promptcanvas.annotations.formats.kosmos2;

import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.formats.ImageContent;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.formats.WriteOptions;
import dev.promptcanvas.annotations.formats.support.AtomicFiles;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Ellipse;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.GroundedPhrase;
import dev.promptcanvas.annotations.model.ImageRecord;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes one {@code image<TAB>markup} line per caption, image by image. */
final class Kosmos2Writer {

    private final WriteOptions options;
    private final String prefix;
    private final boolean grounding;

    Kosmos2Writer(WriteOptions options) {
        this.options = options;
        this.prefix = options.option(Kosmos2Format.OPTION_IMAGES, "");
        this.grounding = options.flag(Kosmos2Format.OPTION_GROUNDING, true);
    }

    List<Skipped> write(ExportSource source, Path output) throws IOException {
        List<Skipped> skipped = new ArrayList<>();
        AtomicFiles.write(output, out -> {
            Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            for (ImageRecord image : source.images()) {
                ImageContent content = source.content(image);
                String name = prefix + options.imageName(image);
                if (name.indexOf('\t') >= 0 || name.indexOf('\n') >= 0 || name.indexOf('\r') >= 0) {
                    throw new IllegalArgumentException("image " + image.path()
                            + ": its name holds a tab or line break, which KOSMOS-2 lines cannot carry");
                }
                for (Caption caption : content.captions()) {
                    GroundedText grounded = grounded(content, caption, output, skipped);
                    w.write(name);
                    w.write('\t');
                    w.write(Kosmos2Markup.write(grounded, grounding));
                    w.write('\n');
                }
            }
            w.flush();
        });
        return skipped;
    }

    private static GroundedText grounded(ImageContent content, Caption caption, Path output, List<Skipped> skipped) {
        String text = caption.text().replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
        Map<Long, Annotation> byId = new HashMap<>();
        for (Annotation a : content.annotations()) {
            byId.put(a.id(), a);
        }
        ImageRecord image = content.image();
        List<GroundedText.Phrase> phrases = new ArrayList<>();
        int lastEnd = 0;
        for (GroundedPhrase p : content.phrasesOf(caption.id())) {
            List<int[]> boxes = new ArrayList<>();
            for (Long id : p.annotationIds()) {
                Annotation a = byId.get(id);
                if (a != null && hasArea(a.geometry())) {
                    Box b = a.geometry().bounds();
                    boxes.add(PatchTokens.fromBox(b.x1() / image.width(), b.y1() / image.height(),
                            b.x2() / image.width(), b.y2() / image.height()));
                }
            }
            if (boxes.isEmpty()) {
                skipped.add(new Skipped(output, "phrase " + p.id(), "names no region with a box; written as plain"
                        + " text"));
            } else if (p.start() < lastEnd || p.end() > text.length() || p.start() == p.end()) {
                skipped.add(new Skipped(output, "phrase " + p.id(), "overlaps an earlier phrase (KOSMOS-2 markup"
                        + " cannot nest); written as plain text"));
            } else {
                phrases.add(new GroundedText.Phrase(p.start(), p.end(), boxes));
                lastEnd = p.end();
            }
        }
        return new GroundedText(text, phrases);
    }

    private static boolean hasArea(Geometry g) {
        return g instanceof Box || g instanceof Polygon || g instanceof Mask || g instanceof Ellipse;
    }
}
