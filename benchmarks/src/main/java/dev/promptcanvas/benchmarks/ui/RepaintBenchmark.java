package dev.promptcanvas.benchmarks.ui;

import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.ui.viewer.ImageViewer;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Repaints of the real {@link ImageViewer} (1920 × 1080) showing a 3840 × 2160 image with 5,000 polygons and
 * 200 masks, at fit and at 100 %. {@code paintAndRender} is a full repaint of all three layers (image, annotations,
 * live): the FX thread records the canvas commands, then a snapshot makes Prism execute them and copy the result
 * out (the copy alone: {@code snapshotOnly}). {@code editFrame} is the frame after one annotation was edited. {@code liveFrame} and {@code panFrame} are the frames of hovering or
 * drawing and of a pan gesture. Budget: 16 ms. Headless Monocle with Prism's software pipeline (prism.order=sw), which
 * rasterises on the CPU and is slower than the GPU pipelines (es2, d3d) a desktop uses. {@code cpuMs / ops} is the
 * JVM's CPU time per frame, which a busy machine does not inflate the way it inflates wall time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
    "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RepaintBenchmark {

    @Param({"fit", "100%"})
    String zoom;

    @Param("5000")
    int polygons;

    @Param("200")
    int masks;

    private ImageViewer viewer;
    private List<Annotation> annotations;
    private int editIndex;
    private double panStep = 7;
    private final WritableImage snapshot = new WritableImage(1920, 1080);

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        Fx.start();
        annotations = new java.util.ArrayList<>(OverlayFixture.annotations(3840, 2160, polygons, masks, 42));
        // the polygon edited by editFrame: the first one inside the view at both zoom levels
        editIndex = masks;
        while (!(annotations.get(editIndex).geometry().bounds().x1() > 1500
                && annotations.get(editIndex).geometry().bounds().x2() < 2300
                && annotations.get(editIndex).geometry().bounds().y1() > 800
                && annotations.get(editIndex).geometry().bounds().y2() < 1300)) {
            editIndex++;
        }
        WritableImage image = OverlayFixture.image(3840, 2160);
        viewer = Fx.call(() -> {
            ImageViewer v = new ImageViewer();
            new Scene(v, 1920, 1080);
            v.applyCss();
            v.layout();
            v.show(image, null);
            v.setAnnotations(annotations, Set.of(), RepaintBenchmark::color);
            if (zoom.equals("100%")) {
                v.actualSize();
            }
            v.paintNow(true);
            v.snapshot(null, snapshot);
            return v;
        });
    }

    @Benchmark
    public WritableImage paintAndRender(CpuCounters cpu) throws Exception {
        WritableImage out = Fx.call(() -> {
            viewer.paintNow(true);
            return viewer.snapshot(null, snapshot);
        });
        cpu.countOp();
        return out;
    }

    /** A frame where only the live layer changed (hover, selection, a tool's preview): the usual frame. */
    @Benchmark
    public WritableImage liveFrame(CpuCounters cpu) throws Exception {
        WritableImage out = Fx.call(() -> {
            viewer.paintNow(false);
            return viewer.snapshot(null, snapshot);
        });
        cpu.countOp();
        return out;
    }

    /** A frame of a pan gesture: the image layer is repainted, the annotation layer moved as a raster. */
    @Benchmark
    public WritableImage panFrame(CpuCounters cpu) throws Exception {
        WritableImage out = Fx.call(() -> {
            viewer.viewport().panBy(panStep, 0);
            panStep = -panStep;
            viewer.paintNow(false);
            return viewer.snapshot(null, snapshot);
        });
        cpu.countOp();
        return out;
    }

    /**
     * The frame after an edit (one polygon moved, as after a vertex drag or a nudge): the store hands the viewer the
     * new list, which repaints the region the edit touched and composes the frame.
     */
    @Benchmark
    public WritableImage editFrame(CpuCounters cpu) throws Exception {
        WritableImage out = Fx.call(() -> {
            Annotation a = annotations.get(editIndex);
            annotations.set(editIndex, new Annotation(a.id(), a.imageId(), a.categoryId(),
                    ((Polygon) a.geometry()).translate(panStep, 3), null, null, null, false, null, null, null));
            panStep = -panStep;
            viewer.setAnnotations(annotations, Set.of(), RepaintBenchmark::color);
            viewer.paintNow(false);
            return viewer.snapshot(null, snapshot);
        });
        cpu.countOp();
        return out;
    }

    private static javafx.scene.paint.Color color(long categoryId) {
        return OverlayFixture.COLORS[(int) (categoryId % 20)];
    }

    @Benchmark
    public ImageViewer paintOnly(CpuCounters cpu) throws Exception {
        ImageViewer out = Fx.call(() -> {
            viewer.paintNow(true);
            return viewer;
        });
        cpu.countOp();
        return out;
    }

    @Benchmark
    public WritableImage snapshotOnly(CpuCounters cpu) throws Exception {
        WritableImage out = Fx.call(() -> viewer.snapshot(null, snapshot));
        cpu.countOp();
        return out;
    }
}
