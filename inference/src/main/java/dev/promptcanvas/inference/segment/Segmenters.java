package dev.promptcanvas.inference.segment;

import dev.promptcanvas.inference.models.InstalledModel;
import dev.promptcanvas.inference.models.ModelException;
import dev.promptcanvas.inference.models.ModelManifest;
import dev.promptcanvas.inference.models.ModelRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Opens the segmenter a user asked for: "classic", a model folder, or the id of an installed model. */
public final class Segmenters {

    private Segmenters() {
    }

    /**
     * @param spec "classic", a model folder (with a manifest.json), or an installed model id
     * @param registry where installed models are looked up by id
     */
    public static Segmenter open(String spec, ModelRegistry registry, Sam2Options options) {
        if (spec == null || spec.isBlank() || spec.equals(ClassicalSegmenter.MODEL_ID)) {
            return new ClassicalSegmenter(options.cache());
        }
        Path dir = Path.of(spec);
        if (Files.isDirectory(dir)) {
            return Sam2OnnxSegmenter.open(InstalledModel.open(dir), options);
        }
        Optional<InstalledModel> installed = registry.find(spec);
        if (installed.isPresent()) {
            return Sam2OnnxSegmenter.open(installed.get(), options);
        }
        throw new ModelException("model '" + spec + "': not 'classic', not a model folder and not installed in "
                + registry.root() + " (see 'promptcanvas models list')");
    }

    /** The first installed SAM2 model, else the classical segmenter (the default when no model is installed). */
    public static Segmenter openDefault(ModelRegistry registry, Sam2Options options) {
        return registry.list().stream().filter(m -> ModelManifest.KIND_SAM2.equals(m.manifest().kind()))
                .findFirst().<Segmenter>map(m -> Sam2OnnxSegmenter.open(m, options))
                .orElseGet(() -> new ClassicalSegmenter(options.cache()));
    }
}
