package dev.promptcanvas.annotations.formats.voc;

import dev.promptcanvas.annotations.formats.FormatException;
import dev.promptcanvas.annotations.formats.ReadOptions;
import dev.promptcanvas.annotations.formats.ReadResult;
import dev.promptcanvas.annotations.formats.support.ImageBounds;
import dev.promptcanvas.annotations.formats.support.InvalidFieldException;
import dev.promptcanvas.annotations.formats.support.Problems;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Category;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.Review;
import dev.promptcanvas.annotations.model.Source;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads Pascal VOC XML files: one file, or every {@code .xml} in a folder (its {@code Annotations/} subfolder when
 * there is one). Categories are created in order of first appearance.
 */
final class VocReader {

    private final Path input;
    private final ReadOptions options;
    private final Problems problems;

    VocReader(Path input, ReadOptions options) {
        this.input = input;
        this.options = options;
        this.problems = new Problems(options.skipInvalid());
    }

    ReadResult read() throws IOException, FormatException {
        List<Path> files = xmlFiles();
        DocumentBuilder builder = builder();
        Map<String, Category> categories = new LinkedHashMap<>();
        List<ImageRecord> images = new ArrayList<>();
        List<Annotation> annotations = new ArrayList<>();
        for (Path file : files) {
            Document doc;
            try {
                doc = builder.parse(file.toFile());
            } catch (SAXParseException e) {
                throw new FormatException(file, "line " + e.getLineNumber() + ", column " + e.getColumnNumber(),
                        "malformed XML: " + e.getMessage(), e);
            } catch (SAXException e) {
                throw new FormatException(file, null, "malformed XML: " + e.getMessage(), e);
            }
            Element root = doc.getDocumentElement();
            if (!root.getTagName().equals("annotation")) {
                problems.report(file, root.getTagName(), "the root element must be <annotation>");
                continue;
            }
            int width;
            int height;
            String fileName;
            try {
                fileName = text(child(root, "filename", "annotation"), "annotation/filename");
                Element size = child(root, "size", "annotation");
                width = positive(child(size, "width", "annotation/size"), "annotation/size/width");
                height = positive(child(size, "height", "annotation/size"), "annotation/size/height");
            } catch (InvalidFieldException e) {
                problems.report(file, e);
                continue;
            }
            long imageId = images.size() + 1L;
            images.add(new ImageRecord(imageId, imagePath(file, fileName), width, height, ""));
            int index = 0;
            for (Element object : children(root, "object")) {
                String at = "annotation/object[" + index++ + "]";
                try {
                    String name = text(child(object, "name", at), at + "/name");
                    Element box = child(object, "bndbox", at);
                    double xmin = number(child(box, "xmin", at + "/bndbox"), at + "/bndbox/xmin");
                    double ymin = number(child(box, "ymin", at + "/bndbox"), at + "/bndbox/ymin");
                    double xmax = number(child(box, "xmax", at + "/bndbox"), at + "/bndbox/xmax");
                    double ymax = number(child(box, "ymax", at + "/bndbox"), at + "/bndbox/ymax");
                    if (xmax < xmin || ymax < ymin) {
                        throw new InvalidFieldException(at + "/bndbox", "xmax/ymax (" + xmax + ", " + ymax
                                + ") lie before xmin/ymin (" + xmin + ", " + ymin + ")");
                    }
                    Geometry g = ImageBounds.fit(VocPixels.fromVoc(xmin, ymin, xmax, ymax), width, height,
                            at + "/bndbox");
                    Category category = categories.computeIfAbsent(name,
                            n -> new Category(categories.size() + 1L, n, null, null, null));
                    annotations.add(new Annotation(annotations.size() + 1L, imageId, category.id(), g, null,
                            Source.human(), Review.ACCEPTED, false, attributes(object), null, null));
                } catch (InvalidFieldException e) {
                    problems.report(file, e);
                }
            }
        }
        return new ReadResult(Dataset.of(images, List.copyOf(categories.values()), annotations),
                problems.skipped());
    }

    /** difficult, truncated, occluded (when 1) and pose (unless Unspecified) as annotation attributes. */
    private static Map<String, String> attributes(Element object) {
        Map<String, String> attributes = new LinkedHashMap<>();
        for (String flag : new String[] {"difficult", "truncated", "occluded"}) {
            Element e = first(object, flag);
            if (e != null && !e.getTextContent().isBlank() && !e.getTextContent().strip().equals("0")) {
                attributes.put(flag, e.getTextContent().strip());
            }
        }
        Element pose = first(object, "pose");
        if (pose != null && !pose.getTextContent().isBlank()
                && !pose.getTextContent().strip().equalsIgnoreCase("Unspecified")) {
            attributes.put("pose", pose.getTextContent().strip());
        }
        return attributes;
    }

    /** The image path: under JPEGImages/ of the dataset root when the image is there, else the file name. */
    private String imagePath(Path xml, String fileName) {
        Path dir = xml.toAbsolutePath().getParent();
        Path root = dir.getFileName() != null && dir.getFileName().toString().equals("Annotations")
                ? dir.getParent() : dir;
        if (options.imageRoot() != null) {
            return fileName;
        }
        if (Files.isRegularFile(root.resolve("JPEGImages").resolve(fileName))) {
            return "JPEGImages/" + fileName;
        }
        return fileName;
    }

    private List<Path> xmlFiles() throws IOException, FormatException {
        if (Files.isRegularFile(input)) {
            return List.of(input);
        }
        if (!Files.isDirectory(input)) {
            throw new FormatException(input, null, "no such file or folder");
        }
        Path dir = Files.isDirectory(input.resolve("Annotations")) ? input.resolve("Annotations") : input;
        try (Stream<Path> list = Files.list(dir)) {
            List<Path> files = list.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xml"))
                    .filter(Files::isRegularFile).sorted().toList();
            if (files.isEmpty()) {
                throw new FormatException(dir, null, "no VOC .xml files in this folder");
            }
            return files;
        }
    }

    private static DocumentBuilder builder() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("no secure XML parser available", e);
        }
    }

    private static Element child(Element parent, String name, String at) throws InvalidFieldException {
        Element e = first(parent, name);
        if (e == null) {
            throw new InvalidFieldException(at + "/" + name, "missing");
        }
        return e;
    }

    private static Element first(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                out.add(e);
            }
        }
        return out;
    }

    private static String text(Element e, String at) throws InvalidFieldException {
        String s = e.getTextContent().strip();
        if (s.isEmpty()) {
            throw new InvalidFieldException(at, "must not be empty");
        }
        return s;
    }

    private static double number(Element e, String at) throws InvalidFieldException {
        String s = e.getTextContent().strip();
        try {
            double v = Double.parseDouble(s);
            if (!Double.isFinite(v)) {
                throw new InvalidFieldException(at, "is not a finite number (" + s + ")");
            }
            return v;
        } catch (NumberFormatException ex) {
            throw new InvalidFieldException(at, "expected a number, got '" + s + "'");
        }
    }

    private static int positive(Element e, String at) throws InvalidFieldException {
        double v = number(e, at);
        if (v != Math.rint(v) || v <= 0 || v > Integer.MAX_VALUE) {
            throw new InvalidFieldException(at, "must be a positive integer, got " + e.getTextContent().strip());
        }
        return (int) v;
    }
}
