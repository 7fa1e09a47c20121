package dev.promptcanvas.annotations.formats.osprey;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.promptcanvas.annotations.formats.ExportSource;
import dev.promptcanvas.annotations.formats.ImageContent;
import dev.promptcanvas.annotations.formats.Skipped;
import dev.promptcanvas.annotations.formats.WriteOptions;
import dev.promptcanvas.annotations.formats.support.AtomicFiles;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.ImageRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes the Osprey-724K JSON array, one record per image that has something to ask about. */
final class OspreyWriter {

    private static final JsonFactory JSON = new JsonFactory();

    private final WriteOptions options;
    private final OspreySegments segments;
    private final String question;
    private final boolean expanded;
    private final boolean description;
    private final boolean imageCaptions;

    OspreyWriter(WriteOptions options) {
        this.options = options;
        this.segments = new OspreySegments(options.maskEncoding(), options.polygonTolerance());
        this.question = options.option(OspreyFormat.QUESTION, OspreyFormat.DEFAULT_QUESTION);
        if (!question.contains("<region>")) {
            throw new IllegalArgumentException("option " + OspreyFormat.QUESTION + "=" + question
                    + ": the template must contain <region>");
        }
        this.expanded = options.flag(OspreyFormat.EXPAND, false);
        this.description = options.flag(OspreyFormat.DESCRIPTION, false);
        this.imageCaptions = options.flag(OspreyFormat.IMAGE_CAPTIONS, true);
    }

    List<Skipped> write(ExportSource source, Path output) throws IOException {
        List<Skipped> skipped = new ArrayList<>();
        AtomicFiles.write(output, out -> {
            try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                g.writeStartArray();
                for (ImageRecord image : source.images()) {
                    ImageContent content = source.content(image);
                    List<Annotation> regions = new ArrayList<>();
                    for (Annotation a : content.annotations()) {
                        if (OspreySegments.isRegion(a.geometry())) {
                            regions.add(a);
                        } else {
                            skipped.add(new Skipped(output, "annotation " + a.id(), "a " + a.geometry().kind()
                                    + " is not a region; Osprey needs masks"));
                        }
                    }
                    List<String[]> turns = conversation(regions, content.captions());
                    if (turns.isEmpty()) {
                        continue;
                    }
                    record(g, image, regions, turns);
                }
                g.writeEndArray();
            }
        });
        return skipped;
    }

    private void record(JsonGenerator g, ImageRecord image, List<Annotation> regions, List<String[]> turns)
            throws IOException {
        g.writeStartObject();
        g.writeStringField("file_name", options.imageName(image));
        g.writeNumberField("height", image.height());
        g.writeNumberField("width", image.width());
        g.writeArrayFieldStart("annotation");
        for (Annotation a : regions) {
            g.writeStartObject();
            g.writeFieldName("segmentation");
            segments.write(g, a.geometry(), image.height(), image.width());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("conversations");
        for (String[] turn : turns) {
            g.writeStartObject();
            g.writeStringField("from", turn[0]);
            g.writeStringField("value", turn[1]);
            g.writeEndObject();
        }
        g.writeEndArray();
        if (description) {
            g.writeArrayFieldStart("description");
            for (int i = 0; i < regions.size(); i++) {
                String caption = caption(regions.get(i));
                if (caption != null) {
                    g.writeString("<region" + (i + 1) + ">: " + caption);
                }
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    /** Human/gpt pairs: image captions first (when enabled), then one question per captioned region. */
    private List<String[]> conversation(List<Annotation> regions, List<Caption> captions) {
        List<String[]> turns = new ArrayList<>();
        if (imageCaptions) {
            for (Caption c : captions) {
                if (!c.text().isBlank()) {
                    turns.add(new String[] {"human", OspreyFormat.IMAGE_QUESTION});
                    turns.add(new String[] {"gpt", c.text().strip()});
                }
            }
        }
        for (int i = 0; i < regions.size(); i++) {
            String caption = caption(regions.get(i));
            if (caption != null) {
                String ref = expanded ? "region" + (i + 1) : "<region" + (i + 1) + ">";
                turns.add(new String[] {"human", question.replace("<region>", ref)});
                turns.add(new String[] {"gpt", caption});
            }
        }
        if (expanded && !turns.isEmpty()) {
            turns.get(0)[1] = prefix(regions.size()) + turns.get(0)[1];
        }
        return turns;
    }

    /** The first-turn prefix Osprey's loader builds: the image token and the list of region tokens. */
    static String prefix(int regions) {
        StringBuilder list = new StringBuilder();
        for (int i = 1; i <= regions; i++) {
            list.append(i > 1 ? "," : "").append("region").append(i).append("<mask><pos>");
        }
        String count = regions == 1 ? "There is 1 part region in the picture: "
                : "There are " + regions + " part regions in the picture: ";
        return "<image>\nThis provides an overview of the picture.\n" + count + list + ". ";
    }

    private static String caption(Annotation a) {
        String c = a.attributes().get("caption");
        return c == null || c.isBlank() ? null : c.strip();
    }
}
