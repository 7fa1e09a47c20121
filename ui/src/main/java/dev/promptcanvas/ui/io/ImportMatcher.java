package dev.promptcanvas.ui.io;

import dev.promptcanvas.annotations.formats.FormatException;
import dev.promptcanvas.annotations.model.Dataset;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.annotations.store.ProjectStore;
import dev.promptcanvas.inference.imageio.ImageFiles;
import dev.promptcanvas.inference.imageio.ProjectPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Points the images of a dataset read from a file at the project's images before the import (what the CLI's
 * import does): by path, else by a unique file name, else the file on disk beside the project; an image found
 * nowhere fails the whole import, naming the input file and the image's index.
 */
final class ImportMatcher {

    private ImportMatcher() {
    }

    static Dataset match(Dataset data, ProjectStore store, Path input) throws FormatException, IOException {
        Path projectDir = store.directory();
        Map<String, List<ImageRecord>> byName = new HashMap<>();
        for (ImageRecord img : store.images()) {
            byName.computeIfAbsent(img.fileName(), k -> new ArrayList<>()).add(img);
        }
        List<ImageRecord> images = new ArrayList<>();
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
            Path file = ProjectPaths.resolve(projectDir, img.path());
            if (!Files.isRegularFile(file)) {
                throw new FormatException(input, "images[" + i + "]", "image '" + img.path()
                        + "' is neither in the project nor at " + file);
            }
            images.add(new ImageRecord(img.id(), ProjectPaths.relativize(projectDir, file), img.width(),
                    img.height(), ImageFiles.sha256(file)));
        }
        return new Dataset(images, data.categories(), data.annotations(), data.captions(), data.phrases(),
                data.expressions(), data.promptRecords());
    }
}
