package dev.promptcanvas.benchmarks.ui;

import dev.promptcanvas.ui.viewer.Viewport;
import dev.promptcanvas.ui.viewer.tiles.TiledImagePainter;
import dev.promptcanvas.ui.viewer.tiles.TiledImageSource;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Pane;
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
 * Time from "open this 10,000 × 10,000 file" to its overview painted in a 1600 × 1000 viewer and rasterised:
 * {@link TiledImageSource#open} (header and subsampled overview decode) on the calling thread, then on the FX
 * thread a fit, {@link TiledImagePainter#paint} and a canvas snapshot, which forces Prism to render the canvas.
 * With {@code overviewCache=warm} the overview comes from the cache of an earlier opening. Budget: 1.5 s. The file is generated once into target/bench-images and is in the OS page cache by then.
 * {@code cpuMs / ops}: the JVM's CPU time for the same work, which a busy machine does not inflate.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx3g", "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
    "-Dprism.order=sw", "-Dprism.text=t2k", "-Djava.awt.headless=true"})
@Warmup(iterations = 1)
@Measurement(iterations = 5)
public class LargeImageOpenBenchmark {

    @Param({"png", "jpeg"})
    String format;

    @Param("10000")
    int side;

    /** none: every open decodes the overview; warm: it is read from the overview cache a first open wrote. */
    @Param({"none", "warm"})
    String overviewCache;

    private Path overviewFolder;

    private Path file;
    private Canvas canvas;
    private final WritableImage snapshot = new WritableImage(1600, 1000);

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        file = format.equals("png") ? BenchImages.png(side, side) : BenchImages.jpeg(side, side);
        Fx.start();
        if (overviewCache.equals("warm")) {
            overviewFolder = BenchImages.FOLDER.resolve("overviews-" + format);
            TiledImageSource.open(file, overviewFolder).close();
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (!hasOverview() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            if (!hasOverview()) {
                throw new IllegalStateException("no overview was cached in " + overviewFolder);
            }
        }
        canvas = Fx.call(() -> {
            Canvas c = new Canvas(1600, 1000);
            new Scene(new Pane(c), 1600, 1000);
            return c;
        });
    }

    private boolean hasOverview() throws java.io.IOException {
        if (!java.nio.file.Files.isDirectory(overviewFolder)) {
            return false;
        }
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(overviewFolder)) {
            return files.anyMatch(p -> p.toString().endsWith(".png"));
        }
    }

    @Benchmark
    public WritableImage openAndPaintOverview(CpuCounters cpu) throws Exception {
        TiledImageSource source = TiledImageSource.open(file, overviewFolder);
        try {
            WritableImage shot = Fx.call(() -> {
                Viewport v = new Viewport();
                v.fit(source.width(), source.height(), canvas.getWidth(), canvas.getHeight());
                canvas.getGraphicsContext2D().clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
                new TiledImagePainter(source).paint(canvas.getGraphicsContext2D(), v, canvas.getWidth(),
                        canvas.getHeight());
                return canvas.snapshot(null, snapshot);
            });
            cpu.countOp();
            return shot;
        } finally {
            source.close();
        }
    }
}
