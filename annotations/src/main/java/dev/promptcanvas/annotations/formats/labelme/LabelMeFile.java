package dev.promptcanvas.annotations.formats.labelme;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.promptcanvas.annotations.formats.support.InvalidFieldException;
import dev.promptcanvas.annotations.formats.support.JsonInput;
import dev.promptcanvas.annotations.formats.support.JsonValues;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of one LabelMe JSON file the reader needs: image path and size, and each shape as a small tree.
 * The top level is streamed so an embedded {@code imageData} (a whole base64 image) is skipped, never decoded.
 */
record LabelMeFile(String imagePath, int imageWidth, int imageHeight, List<JsonNode> shapes) {

    /** Reads the file; a syntax error or a missing or mistyped top-level field makes the whole file invalid. */
    static LabelMeFile read(Path file) throws IOException, InvalidFieldException {
        JsonParser parser = null;
        try (JsonParser p = JsonInput.open(file)) {
            parser = p;
            return read(p);
        } catch (JsonProcessingException e) {
            throw JsonInput.malformedField(e, parser);
        }
    }

    private static LabelMeFile read(JsonParser p) throws IOException, InvalidFieldException {
        if (p.nextToken() != JsonToken.START_OBJECT) {
            throw new InvalidFieldException(null, "not a LabelMe file: expected a JSON object, got "
                    + JsonValues.describe(p));
        }
        String imagePath = null;
        Integer width = null;
        Integer height = null;
        List<JsonNode> shapes = null;
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            switch (name) {
                case "imagePath" -> imagePath = JsonValues.text(p);
                case "imageWidth" -> width = JsonValues.positiveInt(p);
                case "imageHeight" -> height = JsonValues.positiveInt(p);
                case "shapes" -> shapes = shapes(p);
                default -> p.skipChildren();
            }
        }
        if (p.nextToken() != null) {
            throw new InvalidFieldException(null, "unexpected content after the LabelMe object");
        }
        if (shapes == null) {
            throw new InvalidFieldException("shapes", "missing (not a LabelMe file?)");
        }
        if (imagePath == null || imagePath.isBlank()) {
            throw new InvalidFieldException("imagePath", imagePath == null ? "missing" : "must not be empty");
        }
        if (width == null) {
            throw new InvalidFieldException("imageWidth", "missing (the image size comes from imageWidth and"
                    + " imageHeight)");
        }
        if (height == null) {
            throw new InvalidFieldException("imageHeight", "missing (the image size comes from imageWidth and"
                    + " imageHeight)");
        }
        return new LabelMeFile(imagePath, width, height, shapes);
    }

    private static List<JsonNode> shapes(JsonParser p) throws IOException, InvalidFieldException {
        JsonValues.requireArray(p);
        List<JsonNode> shapes = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            JsonNode shape = p.readValueAsTree();
            shapes.add(shape == null ? NullNode.getInstance() : shape);
        }
        return shapes;
    }
}
