package dev.promptcanvas.inference.imageio;

import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.model.GroundedPhrase;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.model.ReferringExpression;
import dev.promptcanvas.annotations.store.ProjectStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Points a dataset that was read from a file at the project's images before it is imported: matches each image by
 * path, then by unique file name, then finds the file on disk; an image found nowhere is an error (or, when asked,
 * skipped with everything that refers to it).
 */
public final class ImportPreparation {

    /** The dataset ready for the store, and what was left out. */
    public record Prepared(Dataset dataset, List<String> skipped) {
    }

    /** An image of the dataset that is neither in the project nor on disk. */
    public static final class MissingImageException extends Exception {
        public MissingImageException(String message) {
            super(message);
        }
    }

    private ImportPreparation() {
    }

    public static Prepared prepare(Dataset data, ProjectStore store, Path projectDir, Path imageRoot,
                                   Path input, boolean skipMissing) throws MissingImageException, IOException {
        Map<String, List<ImageRecord>> byName = new HashMap<>();
        for (ImageRecord img : store.images()) {
            byName.computeIfAbsent(img.fileName(), k -> new ArrayList<>()).add(img);
        }
        Path root = imageRoot != null ? imageRoot : projectDir;
        List<ImageRecord> images = new ArrayList<>();
        Set<Long> dropped = new HashSet<>();
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < data.images().size(); i++) {
            ImageRecord img = data.images().get(i);
            if (store.imageByPath(img.path()).isPresent()) {
                images.add(img);
                continue;
            }
            List<ImageRecord> sameName = byName.getOrDefault(img.fileName(), List.of());
            if (sameName.size() == 1) {
                images.add(new ImageRecord(img.id(), sameName.get(0).path(), img.width(), img.height(),
                        img.contentHash()));
                continue;
            }
            Path file = ProjectPaths.resolve(root, img.path());
            if (Files.isRegularFile(file)) {
                images.add(new ImageRecord(img.id(), ProjectPaths.relativize(projectDir, file), img.width(),
                        img.height(), ImageFiles.sha256(file)));
                continue;
            }
            String why = input + ": images[" + i + "] (" + img.path() + "): image file not found in the project "
                    + "or at " + file;
            if (!skipMissing) {
                throw new MissingImageException(why);
            }
            dropped.add(img.id());
            skipped.add(why);
        }
        if (dropped.isEmpty()) {
            return new Prepared(new Dataset(images, data.categories(), data.annotations(), data.captions(),
                    data.phrases(), data.expressions(), data.promptRecords()), skipped);
        }
        List<Annotation> annotations = data.annotations().stream()
                .filter(a -> !dropped.contains(a.imageId())).toList();
        List<Caption> captions = data.captions().stream().filter(c -> !dropped.contains(c.imageId())).toList();
        Set<Long> keptCaptions = new HashSet<>();
        captions.forEach(c -> keptCaptions.add(c.id()));
        List<GroundedPhrase> phrases = data.phrases().stream()
                .filter(p -> keptCaptions.contains(p.captionId())).toList();
        List<ReferringExpression> expressions = data.expressions().stream()
                .filter(e -> !dropped.contains(e.imageId())).toList();
        skipped.add((data.annotations().size() - annotations.size()) + " annotation(s) on missing images left out");
        return new Prepared(new Dataset(images, data.categories(), annotations, captions, phrases, expressions,
                data.promptRecords().stream().filter(r -> !dropped.contains(r.imageId())).toList()), skipped);
    }
}
