package dev.promptcanvas.annotations.formats.voc;

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
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.ImageRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes {@code Annotations/STEM.xml} per image and {@code ImageSets/Main/SPLIT.txt} (the stems, one a line) into
 * the output folder. STEM is the image's file name without extension, or its whole relative path with '/' turned
 * into "__" where two images share a file name.
 */
final class VocWriter {

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

    private final WriteOptions options;

    VocWriter(WriteOptions options) {
        this.options = options;
    }

    List<Skipped> write(ExportSource source, Path output) throws IOException {
        Path folder = output.toAbsolutePath().normalize();
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IOException(output + ": VOC export needs a folder, this is a file");
        }
        Map<Long, String> names = new HashMap<>();
        for (Category c : source.categories()) {
            names.put(c.id(), c.name());
        }
        Map<Long, String> stems = stems(source.images());
        List<Skipped> skipped = new ArrayList<>();
        StringBuilder list = new StringBuilder();
        for (ImageRecord image : source.images()) {
            String stem = stems.get(image.id());
            Path xml = folder.resolve("Annotations").resolve(stem + ".xml");
            ImageContent content = source.content(image);
            List<Annotation> boxes = new ArrayList<>();
            for (Annotation a : content.annotations()) {
                if (!names.containsKey(a.categoryId())) {
                    throw new IllegalArgumentException("annotation " + a.id() + " refers to category "
                            + a.categoryId() + ", which is not among the export's categories");
                }
                if (hasArea(a.geometry())) {
                    boxes.add(a);
                } else {
                    skipped.add(new Skipped(xml, "annotation " + a.id(), "a " + a.geometry().kind()
                            + " has no bounding box area; VOC holds boxes only"));
                }
            }
            AtomicFiles.write(xml, out -> {
                try {
                    XMLStreamWriter w = XML.createXMLStreamWriter(out, "UTF-8");
                    writeFile(new IndentingXml(w), image, boxes, names);
                    w.close();
                } catch (XMLStreamException e) {
                    throw new IOException(xml + ": " + e.getMessage(), e);
                }
            });
            list.append(stem).append('\n');
        }
        String split = options.split() == null ? "default" : options.split();
        byte[] bytes = list.toString().getBytes(StandardCharsets.UTF_8);
        AtomicFiles.write(folder.resolve("ImageSets/Main/" + split + ".txt"), out -> out.write(bytes));
        return skipped;
    }

    private static boolean hasArea(Geometry g) {
        if (!(g instanceof Box || g instanceof Polygon || g instanceof Mask || g instanceof Ellipse)) {
            return false;
        }
        if (g instanceof Mask m && m.area() == 0) {
            return false;
        }
        return true;
    }

    private void writeFile(IndentingXml x, ImageRecord image, List<Annotation> boxes, Map<Long, String> names)
            throws XMLStreamException {
        x.start("annotation");
        Path file = options.imageFile(image);
        Path parent = file.getParent();
        x.leaf("folder", parent == null || parent.getFileName() == null ? "" : parent.getFileName().toString());
        x.leaf("filename", image.fileName());
        x.leaf("path", file.toString());
        x.start("source");
        x.leaf("database", "PromptCanvas");
        x.end();
        x.start("size");
        x.leaf("width", Integer.toString(image.width()));
        x.leaf("height", Integer.toString(image.height()));
        x.leaf("depth", "3");
        x.end();
        x.leaf("segmented", "0");
        for (Annotation a : boxes) {
            int[] b = VocPixels.toVoc(a.geometry().bounds(), image.width(), image.height());
            x.start("object");
            x.leaf("name", names.get(a.categoryId()));
            x.leaf("pose", a.attributes().getOrDefault("pose", "Unspecified"));
            x.leaf("truncated", flag(a.attributes().get("truncated")));
            x.leaf("difficult", flag(a.attributes().get("difficult")));
            x.start("bndbox");
            x.leaf("xmin", Integer.toString(b[0]));
            x.leaf("ymin", Integer.toString(b[1]));
            x.leaf("xmax", Integer.toString(b[2]));
            x.leaf("ymax", Integer.toString(b[3]));
            x.end();
            x.end();
        }
        x.end();
        x.finish();
    }

    /** VOC's 0/1 flags from an attribute value: 1, true or yes (any case) is 1; anything else 0. */
    private static String flag(String value) {
        if (value == null) {
            return "0";
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        return v.equals("1") || v.equals("true") || v.equals("yes") ? "1" : "0";
    }

    static Map<Long, String> stems(List<ImageRecord> images) {
        Map<String, Integer> counts = new HashMap<>();
        for (ImageRecord image : images) {
            counts.merge(stem(image.fileName()), 1, Integer::sum);
        }
        Map<Long, String> stems = new HashMap<>();
        Map<String, ImageRecord> taken = new HashMap<>();
        for (ImageRecord image : images) {
            String s = stem(image.fileName());
            if (counts.get(s) > 1) {
                s = stem(image.path().replace('\\', '/').replaceAll("^/+", "").replace("../", "").replace("/", "__"));
            }
            ImageRecord other = taken.putIfAbsent(s.toLowerCase(Locale.ROOT), image);
            if (other != null) {
                throw new IllegalArgumentException("images " + other.path() + " and " + image.path()
                        + " would both be written to Annotations/" + s + ".xml");
            }
            stems.put(image.id(), s);
        }
        return stems;
    }

    private static String stem(String name) {
        int dot = name.lastIndexOf('.');
        int slash = name.lastIndexOf('/');
        return dot > slash + 1 ? name.substring(0, dot) : name;
    }

    /** A StAX writer that puts each element on its own line, indented by tabs as the VOC devkit files are. */
    private static final class IndentingXml {
        private final XMLStreamWriter w;
        private int depth;

        IndentingXml(XMLStreamWriter w) throws XMLStreamException {
            this.w = w;
            w.writeStartDocument("UTF-8", "1.0");
        }

        void start(String name) throws XMLStreamException {
            newline();
            w.writeStartElement(name);
            depth++;
        }

        void end() throws XMLStreamException {
            depth--;
            newline();
            w.writeEndElement();
        }

        void leaf(String name, String text) throws XMLStreamException {
            newline();
            w.writeStartElement(name);
            w.writeCharacters(text);
            w.writeEndElement();
        }

        void finish() throws XMLStreamException {
            w.writeCharacters("\n");
            w.writeEndDocument();
        }

        private void newline() throws XMLStreamException {
            w.writeCharacters("\n" + "\t".repeat(depth));
        }
    }
}
