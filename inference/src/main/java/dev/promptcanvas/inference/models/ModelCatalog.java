package dev.promptcanvas.inference.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The models PromptCanvas knows how to download: manifests bundled by the resources module under
 * {@code /dev/promptcanvas/resources/models/} (listed in {@code index.txt}), read from the class path at run time.
 */
public final class ModelCatalog {

    private static final String BASE = "/dev/promptcanvas/resources/models/";

    private ModelCatalog() {
    }

    /** The bundled manifests (empty when the resources module is not on the class path). */
    public static List<ModelManifest> bundled() {
        List<ModelManifest> out = new ArrayList<>();
        try (InputStream index = ModelCatalog.class.getResourceAsStream(BASE + "index.txt")) {
            if (index == null) {
                return out;
            }
            for (String line : new String(index.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                try (InputStream in = ModelCatalog.class.getResourceAsStream(BASE + name)) {
                    if (in == null) {
                        throw new ModelException("bundled model catalogue: " + name + " is listed but missing");
                    }
                    out.add(ManifestJson.read(in, "bundled " + name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The bundled manifest with this id. */
    public static Optional<ModelManifest> find(String id) {
        return bundled().stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
