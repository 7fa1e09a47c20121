package dev.promptcanvas.inference.models;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes {@link ModelManifest}s as JSON, with errors that name the file and the field. */
public final class ManifestJson {

    /** The manifest file name inside an installed model folder. */
    public static final String FILE_NAME = "manifest.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ManifestJson() {
    }

    /** Reads a manifest file. */
    public static ModelManifest read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ModelException(file + ": model manifest not found");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new ModelException(file + ": cannot read model manifest: " + e.getMessage(), e);
        }
    }

    /** Reads a manifest from a stream; {@code origin} names it in errors. */
    public static ModelManifest read(InputStream in, String origin) {
        JsonNode root;
        try {
            root = MAPPER.readTree(in);
        } catch (IOException e) {
            throw new ModelException(origin + ": model manifest is not valid JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new ModelException(origin + ": model manifest must be a JSON object");
        }
        try {
            JsonNode filesNode = root.get("files");
            if (filesNode == null || !filesNode.isArray()) {
                throw new ModelException("field 'files' must be an array");
            }
            List<ModelFile> files = new ArrayList<>();
            for (int i = 0; i < filesNode.size(); i++) {
                JsonNode f = filesNode.get(i);
                files.add(new ModelFile(text(f, "role"), text(f, "path"), text(f, "url"), number(f, "size"),
                        text(f, "sha256")));
            }
            JsonNode a = root.get("archive");
            ModelArchive archive = a == null || a.isNull() ? null
                    : new ModelArchive(text(a, "url"), number(a, "size"), text(a, "sha256"));
            JsonNode size = root.get("inputSize");
            if (size == null || !size.canConvertToInt()) {
                throw new ModelException("field 'inputSize' must be an integer");
            }
            return new ModelManifest(text(root, "id"), text(root, "name"), text(root, "kind"), text(root, "version"),
                    size.asInt(), text(root, "licence"), text(root, "sourceUrl"), archive, files);
        } catch (ModelException e) {
            throw new ModelException(origin + ": " + e.getMessage(), e);
        }
    }

    /** The manifest as pretty-printed JSON. */
    public static String toJson(ModelManifest m) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("id", m.id());
        root.put("name", m.name());
        root.put("kind", m.kind());
        root.put("version", m.version());
        root.put("inputSize", m.inputSize());
        root.put("licence", m.licence());
        root.put("sourceUrl", m.sourceUrl());
        if (m.archive() != null) {
            ObjectNode a = root.putObject("archive");
            a.put("url", m.archive().url());
            putNumber(a, "size", m.archive().size());
            a.put("sha256", m.archive().sha256());
        }
        ArrayNode files = root.putArray("files");
        for (ModelFile f : m.files()) {
            ObjectNode n = files.addObject();
            n.put("role", f.role());
            n.put("path", f.path());
            if (f.url() != null) {
                n.put("url", f.url());
            }
            putNumber(n, "size", f.size());
            n.put("sha256", f.sha256());
        }
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes the manifest atomically (temporary file, then a move). */
    public static void write(ModelManifest m, Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, toJson(m), StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw new ModelException("field '" + field + "' must be a string");
        }
        return v.asText();
    }

    private static Long number(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.canConvertToLong() || !v.isIntegralNumber() || v.asLong() < 0) {
            throw new ModelException("field '" + field + "' must be a non-negative integer");
        }
        return v.asLong();
    }

    private static void putNumber(ObjectNode n, String field, Long value) {
        if (value == null) {
            n.putNull(field);
        } else {
            n.put(field, value);
        }
    }
}
