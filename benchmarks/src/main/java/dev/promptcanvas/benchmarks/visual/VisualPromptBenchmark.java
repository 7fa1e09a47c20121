package dev.promptcanvas.benchmarks.visual;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.inference.render.RenderOptions;
import dev.promptcanvas.inference.render.RenderResult;
import dev.promptcanvas.inference.render.VisualPromptRenderer;
import dev.promptcanvas.inference.render.VisualPromptStyle;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Visual-prompt rendering on a 3840 x 2160 photo-sized image (random pixels): one ViP-LLaVA mark on a large polygon
 * (target &lt;= 30 ms) and Set-of-Mark with 100 regions, half boxes and half polygons (target &lt;= 50 ms).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class VisualPromptBenchmark {

    @Param({"vip-rectangle", "vip-ellipse", "vip-arrow", "vip-mask", "vip-mask-contour", "vip-scribble",
        "vip-constant-rectangle"})
    public String style;

    private BufferedImage image;
    private Geometry polygon;
    private List<Geometry> hundred;
    private VisualPromptStyle vipStyle;
    private long seed;

    @Setup
    public void setUp() {
        image = new BufferedImage(3840, 2160, BufferedImage.TYPE_INT_RGB);
        int[] px = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        Random random = new Random(1);
        for (int i = 0; i < px.length; i++) {
            px[i] = random.nextInt() & 0xFFFFFF;
        }
        polygon = Polygon.of(800, 400, 2900, 500, 3100, 1800, 1500, 2000, 900, 1500);
        hundred = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            double x = random.nextDouble() * 3400;
            double y = random.nextDouble() * 1800;
            double w = 40 + random.nextDouble() * 400;
            double h = 40 + random.nextDouble() * 300;
            hundred.add(i % 2 == 0 ? new Box(x, y, x + w, y + h)
                    : Polygon.of(x, y, x + w, y + h * 0.2, x + w * 0.7, y + h, x + w * 0.1, y + h * 0.8));
        }
        vipStyle = VisualPromptStyle.byId(style).orElseThrow();
    }

    @Benchmark
    public RenderResult vipOnePolygon4k() {
        return VisualPromptRenderer.render(vipStyle, image, List.of(polygon), RenderOptions.defaults().withSeed(seed++));
    }

    @Benchmark
    public RenderResult setOfMark100Regions4k() {
        return VisualPromptRenderer.render(VisualPromptStyle.SOM, image, hundred, RenderOptions.defaults());
    }
}
