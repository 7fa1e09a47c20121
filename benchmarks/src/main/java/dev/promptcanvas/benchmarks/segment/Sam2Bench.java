package dev.promptcanvas.benchmarks.segment;

import dev.promptcanvas.inference.models.DevicePreference;
import dev.promptcanvas.inference.segment.Sam2OnnxSegmenter;
import dev.promptcanvas.inference.segment.Sam2Options;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Shared set-up of the SAM2 benchmarks: the full-size random-weight SAM2.1-tiny pair made by
 * {@code shared/tools/make-sam2-onnx DIR} (system property {@code promptcanvas.sam2.dir}, default
 * {@code benchmarks/target/sam2-tiny}), and a synthetic 1920×1080 frame (gradient plus noise, like the python
 * peer baseline's).
 */
final class Sam2Bench {

    static final int WIDTH = 1920;
    static final int HEIGHT = 1080;

    private Sam2Bench() {
    }

    static Path modelDir() {
        Path dir = Path.of(System.getProperty("promptcanvas.sam2.dir", "benchmarks/target/sam2-tiny"));
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException(dir.toAbsolutePath() + " not found: run shared/tools/make-sam2-onnx "
                    + dir + " first (or set -Dpromptcanvas.sam2.dir=DIR)");
        }
        return dir;
    }

    static Path file(String suffix) throws IOException {
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(modelDir(), "*" + suffix)) {
            for (Path p : ds) {
                return p;
            }
        }
        throw new IllegalStateException("no *" + suffix + " in " + modelDir());
    }

    /** Intra-op threads: all cores this process may use (as the python baseline does). */
    static int threads() {
        return Integer.getInteger("promptcanvas.threads", Runtime.getRuntime().availableProcessors());
    }

    static Sam2OnnxSegmenter open() throws IOException {
        return Sam2OnnxSegmenter.open("sam2.1-tiny-random", file(".encoder.onnx"), file(".decoder.onnx"), 1024,
                new Sam2Options(DevicePreference.CPU, threads(), null));
    }

    /** One bare decoder run whose outputs (masks, iou) are copied into flat float arrays; returns the masks. */
    static float[] runRaw(ai.onnxruntime.OrtSession session, java.util.Map<String, ai.onnxruntime.OnnxTensor> in)
            throws ai.onnxruntime.OrtException {
        try (ai.onnxruntime.OrtSession.Result r = session.run(in)) {
            java.nio.FloatBuffer m = ((ai.onnxruntime.OnnxTensor) r.get(0)).getFloatBuffer();
            float[] masks = new float[m.remaining()];
            m.get(masks);
            java.nio.FloatBuffer q = ((ai.onnxruntime.OnnxTensor) r.get(1)).getFloatBuffer();
            float[] iou = new float[q.remaining()];
            q.get(iou);
            return masks;
        }
    }

    static BufferedImage frame(long seed) {
        Random r = new Random(seed);
        BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int b = clamp(x * 255 / WIDTH + r.nextInt(40) - 20);
                int g = clamp(y * 255 / HEIGHT + r.nextInt(40) - 20);
                int rr = clamp((x + y) * 255 / (WIDTH + HEIGHT) + r.nextInt(40) - 20);
                img.setRGB(x, y, rr << 16 | g << 8 | b);
            }
        }
        return img;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
