package dev.promptcanvas.ui.assistant;

import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.inference.imageio.ImageFiles;
import dev.promptcanvas.inference.vlm.task.VlmImage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Reads a project image's pixels for a model call (off the FX thread); errors name the file. */
final class ProjectImages {

    private ProjectImages() {
    }

    static Path file(Path projectDir, ImageRecord img) {
        Path p = Path.of(img.path());
        return p.isAbsolute() ? p : projectDir.resolve(p);
    }

    /** The image with its project id and content hash (computed when the project has none). */
    static VlmImage load(Path projectDir, ImageRecord img) throws IOException {
        Path file = file(projectDir, img);
        if (!Files.isRegularFile(file)) {
            throw new IOException(file + ": the image file is missing");
        }
        BufferedImage pixels = ImageIO.read(file.toFile());
        if (pixels == null) {
            throw new IOException(file + ": not an image this program can read");
        }
        String hash = img.contentHash() == null || img.contentHash().isBlank() ? ImageFiles.sha256(file)
                : img.contentHash();
        return new VlmImage(pixels, img.id(), hash, img.path());
    }
}
