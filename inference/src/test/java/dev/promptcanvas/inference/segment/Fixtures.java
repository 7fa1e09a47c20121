package dev.promptcanvas.inference.segment;

import dev.promptcanvas.inference.models.DevicePreference;
import dev.promptcanvas.inference.models.InstalledModel;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** The committed tiny SAM2-contract ONNX fixtures (scripts/fixtures/make_sam2_fixtures.py) and sample photos. */
final class Fixtures {

    /** Disc radii of the fixture decoder's candidates, in 1024-space. */
    static final double[] RADII = {64, 128, 256};
    /** Radius carved out around negative points, in 1024-space. */
    static final double NEG_RADIUS = 48;

    private Fixtures() {
    }

    static Path dir(String name) {
        try {
            return Path.of(Fixtures.class.getResource("/segment/" + name + "/manifest.json").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Sam2OnnxSegmenter open(String name) {
        return Sam2OnnxSegmenter.open(InstalledModel.open(dir(name)),
                new Sam2Options(DevicePreference.CPU, 1, null));
    }

    static BufferedImage sample(String name) throws IOException {
        try (InputStream in = Fixtures.class.getResourceAsStream("/dev/promptcanvas/resources/sample/" + name)) {
            if (in == null) {
                throw new IOException("sample image missing: " + name);
            }
            return ImageIO.read(in);
        }
    }

    static BufferedImage solid(int w, int h, int rgb) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, rgb);
            }
        }
        return img;
    }
}
