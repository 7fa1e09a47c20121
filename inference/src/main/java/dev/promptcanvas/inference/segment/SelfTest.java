package dev.promptcanvas.inference.segment;

import dev.promptcanvas.annotations.prompt.PointPrompt;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

/** Runs a segmenter once on a synthetic image (a bright disc on grey) and reports where it ran and how fast. */
public final class SelfTest {

    /**
     * What a self-test found.
     *
     * @param ok true when encode and decode ran and returned a non-empty mask of the image's size
     * @param encodeMs pre-processing + encoder time of the run (after one warm-up)
     * @param decodeMs decoder + post-processing time of the run (after one warm-up)
     * @param message what went wrong, or a summary
     */
    public record Report(String modelId, String device, boolean ok, double encodeMs, double decodeMs,
                         String message) {
    }

    private SelfTest() {
    }

    /** Encodes and decodes twice (warm-up, then measured); never throws for a model failure. */
    public static Report run(Segmenter s) {
        int w = 320;
        int h = 240;
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setColor(Color.GRAY);
            g.fillRect(0, 0, w, h);
            g.setColor(Color.WHITE);
            g.fillOval(110, 70, 100, 100);
        } finally {
            g.dispose();
        }
        try {
            ImageEmbedding e = null;
            SegmentationResult r = null;
            for (int i = 0; i < 2; i++) {
                e = s.encode(img, "self-test-" + System.nanoTime());
                r = s.decode(e, List.of(new PointPrompt(160, 120, true)), null);
            }
            var m = r.best().mask();
            boolean ok = m.width() == w && m.height() == h && m.area() > 0;
            StageTimings t = r.timings();
            return new Report(s.modelId(), s.device(), ok, e.timings().preprocessMs() + e.timings().encodeMs(),
                    t.decodeMs() + t.postprocessMs(), ok ? r.candidates().size() + " candidate(s), best area "
                    + m.area() + " px" : "the mask is empty or of the wrong size");
        } catch (RuntimeException ex) {
            return new Report(s.modelId(), s.device(), false, 0, 0, ex.getMessage());
        }
    }
}
