package dev.promptcanvas.annotations.formats.coco;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import dev.promptcanvas.annotations.formats.FormatException;
import dev.promptcanvas.annotations.formats.ReadOptions;
import dev.promptcanvas.annotations.formats.ReadResult;
import dev.promptcanvas.annotations.formats.support.InputSizeGuard;
import dev.promptcanvas.annotations.formats.support.InvalidFieldException;
import dev.promptcanvas.annotations.formats.support.JsonInput;
import dev.promptcanvas.annotations.formats.support.JsonValues;
import dev.promptcanvas.annotations.formats.support.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a COCO instances or captions file with Jackson's streaming parser: the top level is walked token by
 * token, each annotation is parsed in place by {@link CocoAnnotationParser} (no tree), and the small images and
 * categories entries are read as one little tree each. Sections may come in any order.
 */
final class CocoReader {

    private final Path file;
    private final Problems problems;
    private final CocoAssembler assembler;
    private final CocoAnnotationParser annotations = new CocoAnnotationParser();
    private final long heapLimit;

    CocoReader(Path file, ReadOptions options, long heapLimit) {
        this.file = file;
        this.problems = new Problems(options.skipInvalid());
        this.assembler = new CocoAssembler(file, problems);
        this.heapLimit = heapLimit;
    }

    ReadResult read() throws FormatException, IOException {
        if (!Files.exists(file)) {
            throw new FormatException(file, null, "no such file");
        }
        if (Files.isDirectory(file)) {
            throw new FormatException(file, null, "is a folder; COCO input is one JSON file");
        }
        InputSizeGuard.check(file, heapLimit);
        JsonParser parser = null;
        try (JsonParser p = JsonInput.open(file)) {
            parser = p;
            readTopLevel(p);
        } catch (JsonProcessingException e) {
            throw JsonInput.malformed(file, e, parser);
        }
        return assembler.finish();
    }

    private void readTopLevel(JsonParser p) throws IOException, FormatException {
        JsonToken t = p.nextToken();
        if (t == null) {
            throw new FormatException(file, null, "file is empty");
        }
        if (t != JsonToken.START_OBJECT) {
            throw new FormatException(file, null, "expected a COCO object {\"images\": [...], \"annotations\": [...],"
                    + " \"categories\": [...]}, got " + JsonValues.describe(p)
                    + (t == JsonToken.START_ARRAY ? " (a results file - a bare list of annotations - cannot be"
                    + " imported without its images)" : ""));
        }
        boolean sawImages = false;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "images" -> {
                    sawImages = true;
                    readList(p, name, this::image);
                }
                case "categories" -> readList(p, name, this::category);
                case "annotations" -> readList(p, name, this::annotation);
                default -> p.skipChildren();
            }
        }
        if (p.nextToken() != null) {
            throw new FormatException(file, null, "unexpected content after the COCO object at line "
                    + p.currentTokenLocation().getLineNr() + ", column " + p.currentTokenLocation().getColumnNr());
        }
        if (!sawImages) {
            throw new FormatException(file, "images", "missing (a COCO file needs its list of images)");
        }
    }

    /** Reads one element of a list; leaves the parser on the element's last token. */
    private interface ElementReader {
        void read(JsonParser p, int index) throws IOException, InvalidFieldException;
    }

    private void readList(JsonParser p, String name, ElementReader reader) throws IOException, FormatException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw new FormatException(file, name, "must be a list, got " + JsonValues.describe(p));
        }
        JsonStreamContext list = p.getParsingContext();
        int index = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            try {
                reader.read(p, index);
            } catch (InvalidFieldException e) {
                problems.report(file, e);
                JsonValues.skipRestOfElement(p, list);
            }
            index++;
        }
    }

    private void image(JsonParser p, int index) throws IOException, InvalidFieldException {
        JsonNode node = p.readValueAsTree();
        try {
            assembler.addImage(CocoTableParser.image(node, index));
        } catch (InvalidFieldException e) {
            assembler.imageSkipped(CocoTableParser.idOrNull(node));
            throw e;
        }
    }

    private void category(JsonParser p, int index) throws IOException, InvalidFieldException {
        JsonNode node = p.readValueAsTree();
        try {
            assembler.addCategory(CocoTableParser.category(node, index));
        } catch (InvalidFieldException e) {
            assembler.categorySkipped(CocoTableParser.idOrNull(node));
            throw e;
        }
    }

    private void annotation(JsonParser p, int index) throws IOException, InvalidFieldException {
        assembler.addAnnotation(annotations.parse(p, index));
    }
}
