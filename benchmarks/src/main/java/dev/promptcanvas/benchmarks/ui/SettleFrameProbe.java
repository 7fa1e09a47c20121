package dev.promptcanvas.benchmarks.ui;

import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.ui.viewer.ImageViewer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.animation.AnimationTimer;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;

/**
 * Do frames keep coming while the annotation layer is repainted after a pan? A shown 1920 × 1080 viewer (headless
 * Monocle, Prism's software pipeline) with a 3840 × 2160 image, 5,000 polygons and 200 masks, at fit and at 100 %:
 * each trial pans by a few pixels and records the time between consecutive pulses (an {@link AnimationTimer}; JavaFX
 * starts no pulse before the previous frame is rendered) until the repaint for the new view is done, 150 ms after
 * the pan plus the repaint itself, and 0.7 s more. Prints the longest gap, the frames over 50 ms and the time until the
 * viewer has handed the whole layer to Prism (when painted at once, Prism still has to rasterise it after that).
 * Compare {@code -Dpromptcanvas.viewer.progressiveMin=1000000} (the whole layer at once, as before the progressive
 * repaint). Run: {@code java -cp benchmarks/target/benchmarks.jar dev.promptcanvas.benchmarks.ui.SettleFrameProbe
 * [trials]}.
 */
public final class SettleFrameProbe {

    private SettleFrameProbe() {
    }

    public static void main(String[] args) throws Exception {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Fx.useHeadlessProperties();
        System.setProperty("headless.geometry", "1920x1080-32"); // Monocle's headless screen holds the stage
        Fx.start();
        List<Annotation> annotations = OverlayFixture.annotations(3840, 2160, 5000, 200, 42);
        WritableImage image = OverlayFixture.image(3840, 2160);
        ImageViewer viewer = Fx.call(() -> {
            ImageViewer v = new ImageViewer();
            Stage stage = new Stage();
            stage.setScene(new Scene(v, 1920, 1080));
            stage.show();
            v.show(image, null);
            v.setAnnotations(annotations, Set.of(), id -> OverlayFixture.COLORS[(int) (id % 20)]);
            return v;
        });
        for (String zoom : List.of("fit", "100%")) {
            Fx.call(() -> {
                if (zoom.equals("fit")) {
                    viewer.fit();
                } else {
                    viewer.actualSize();
                }
                return null;
            });
            waitForRepaint(viewer);
            List<Double> worst = new ArrayList<>();
            List<Double> settle = new ArrayList<>();
            int slow = 0;
            int frames = 0;
            for (int t = 0; t < trials; t++) {
                List<Long> pulses = java.util.Collections.synchronizedList(new ArrayList<>());
                com.sun.javafx.perf.PerformanceTracker tracker = Fx.call(() ->
                        com.sun.javafx.perf.PerformanceTracker.getSceneTracker(viewer.getScene()));
                tracker.setOnRenderedFrameTask(() -> pulses.add(System.nanoTime()));
                AnimationTimer timer = new AnimationTimer() {
                    @Override
                    public void handle(long now) {
                        // the live layer changes every pulse, as when the mouse moves: a frame is due every pulse
                        viewer.requestRepaint();
                    }
                };
                double step = t % 2 == 0 ? 9 : -9;
                long t0 = Fx.call(() -> {
                    timer.start();
                    viewer.viewport().panBy(step, 0);
                    viewer.requestRepaint();
                    return System.nanoTime();
                });
                waitForRepaint(viewer);
                long done = System.nanoTime();
                // frames keep being recorded a while longer: a layer painted at once is rasterised after this
                TimeUnit.MILLISECONDS.sleep(700);
                Fx.call(() -> {
                    timer.stop();
                    return null;
                });
                tracker.setOnRenderedFrameTask(null);
                double max = 0;
                for (int i = 1; i < pulses.size(); i++) {
                    double gap = (pulses.get(i) - pulses.get(i - 1)) / 1e6;
                    max = Math.max(max, gap);
                    slow += gap > 50 ? 1 : 0;
                }
                frames += pulses.size();
                worst.add(max);
                settle.add((done - t0) / 1e6);
            }
            System.out.printf(Locale.ROOT, "%-4s longest frame gap per trial %s ms; %d of %d frames over 50 ms;"
                    + " repainted layer after %s ms%n", zoom, format(worst), slow, frames, format(settle));
        }
        System.exit(0);
    }

    private static void waitForRepaint(ImageViewer viewer) throws Exception {
        TimeUnit.MILLISECONDS.sleep(20);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (Fx.call(viewer::annotationsRepainting) && System.nanoTime() < deadline) {
            TimeUnit.MILLISECONDS.sleep(5);
        }
    }

    private static String format(List<Double> values) {
        StringBuilder b = new StringBuilder();
        for (double v : values) {
            b.append(b.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%.0f", v));
        }
        return b.toString();
    }
}
