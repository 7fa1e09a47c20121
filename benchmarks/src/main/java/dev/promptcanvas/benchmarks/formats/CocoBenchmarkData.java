package dev.promptcanvas.benchmarks.formats;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.promptcanvas.annotations.mask.Rle;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

/**
 * Writes a COCO instances file shaped like COCO's own for the import benchmarks: about 5 000 images of 640 x 480
 * and nearby sizes, 80 categories, 100 000 instances - 80 % polygons (1 to 3 rings of 8 to 40 vertices, two
 * decimals), 15 % compressed RLE, 5 % crowds with uncompressed RLE counts - plus area and bbox as COCO writes them.
 * Deterministic for a seed. Run: {@code java -cp benchmarks.jar dev.promptcanvas.benchmarks.formats.CocoBenchmarkData
 * OUT.json [INSTANCES] [SEED]}.
 */
public final class CocoBenchmarkData {

    public static final int DEFAULT_INSTANCES = 100_000;
    public static final long DEFAULT_SEED = 2017;
    private static final int INSTANCES_PER_IMAGE = 20;
    private static final int CATEGORIES = 80;

    private CocoBenchmarkData() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1) {
            System.err.println("usage: CocoBenchmarkData OUT.json [INSTANCES] [SEED]");
            System.exit(2);
        }
        int instances = args.length > 1 ? Integer.parseInt(args[1]) : DEFAULT_INSTANCES;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        Path out = Path.of(args[0]);
        write(out, instances, seed);
        System.out.println(out + ": " + instances + " instances, " + Files.size(out) / 1_000_000 + " MB");
    }

    /** Writes the file. */
    public static void write(Path file, int instances, long seed) throws IOException {
        Random random = new Random(seed);
        int images = Math.max(1, instances / INSTANCES_PER_IMAGE);
        int[] widths = new int[images];
        int[] heights = new int[images];
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
             JsonGenerator g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)) {
            g.writeStartObject();
            g.writeObjectFieldStart("info");
            g.writeStringField("description", "PromptCanvas import benchmark, seed " + seed);
            g.writeEndObject();
            g.writeArrayFieldStart("images");
            for (int i = 0; i < images; i++) {
                widths[i] = 480 + 32 * random.nextInt(6);
                heights[i] = 360 + 24 * random.nextInt(6);
                g.writeStartObject();
                g.writeNumberField("id", 100_000 + i);
                g.writeStringField("file_name", String.format("%012d.jpg", 100_000 + i));
                g.writeNumberField("width", widths[i]);
                g.writeNumberField("height", heights[i]);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("annotations");
            for (int a = 0; a < instances; a++) {
                int image = a % images;
                annotation(g, random, a + 1, 100_000 + image, widths[image], heights[image]);
            }
            g.writeEndArray();
            g.writeArrayFieldStart("categories");
            for (int c = 1; c <= CATEGORIES; c++) {
                g.writeStartObject();
                g.writeNumberField("id", c);
                g.writeStringField("name", "category" + c);
                g.writeStringField("supercategory", "group" + (c - 1) / 10);
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
    }

    private static void annotation(JsonGenerator g, Random random, int id, int imageId, int w, int h)
            throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", id);
        g.writeNumberField("image_id", imageId);
        g.writeNumberField("category_id", 1 + random.nextInt(CATEGORIES));
        int kind = random.nextInt(20);
        double[] bbox;
        double area;
        boolean crowd = kind == 19;
        g.writeFieldName("segmentation");
        if (kind < 16) {
            bbox = new double[] {w, h, 0, 0};
            area = polygons(g, random, w, h, bbox);
        } else {
            Rle rle = ellipseMask(random, w, h);
            bbox = rle.bboxXywh();
            area = rle.area();
            writeRle(g, rle, crowd);
        }
        g.writeNumberField("area", Math.round(area * 100) / 100.0);
        g.writeArrayFieldStart("bbox");
        for (double v : bbox) {
            g.writeNumber(Math.round(v * 100) / 100.0);
        }
        g.writeEndArray();
        g.writeNumberField("iscrowd", crowd ? 1 : 0);
        g.writeEndObject();
    }

    /** Star-shaped rings; returns their shoelace area and fills bbox (min x, min y, then width, height). */
    private static double polygons(JsonGenerator g, Random random, int w, int h, double[] bbox) throws IOException {
        int rings = 1 + (random.nextInt(10) == 0 ? 1 + random.nextInt(2) : 0);
        double area = 0;
        double maxX = 0;
        double maxY = 0;
        g.writeStartArray();
        for (int r = 0; r < rings; r++) {
            int n = 8 + random.nextInt(33);
            double cx = 20 + random.nextDouble() * (w - 40);
            double cy = 20 + random.nextDouble() * (h - 40);
            double radius = 5 + random.nextDouble() * Math.min(Math.min(cx, w - cx), Math.min(cy, h - cy)) * 0.9;
            double[] xy = new double[2 * n];
            for (int i = 0; i < n; i++) {
                double t = 2 * Math.PI * (i + random.nextDouble() * 0.8) / n;
                double rr = radius * (0.5 + 0.5 * random.nextDouble());
                xy[2 * i] = Math.round((cx + rr * Math.cos(t)) * 100) / 100.0;
                xy[2 * i + 1] = Math.round((cy + rr * Math.sin(t)) * 100) / 100.0;
            }
            g.writeStartArray();
            for (double v : xy) {
                g.writeNumber(v);
            }
            g.writeEndArray();
            for (int i = 0; i < n; i++) {
                int j = (i + 1) % n;
                area += (xy[2 * i] * xy[2 * j + 1] - xy[2 * j] * xy[2 * i + 1]) / 2;
                bbox[0] = Math.min(bbox[0], xy[2 * i]);
                bbox[1] = Math.min(bbox[1], xy[2 * i + 1]);
                maxX = Math.max(maxX, xy[2 * i]);
                maxY = Math.max(maxY, xy[2 * i + 1]);
            }
        }
        g.writeEndArray();
        bbox[2] = maxX - bbox[0];
        bbox[3] = maxY - bbox[1];
        return Math.abs(area);
    }

    /** A filled ellipse built column by column straight into RLE counts (no pixel buffer). */
    private static Rle ellipseMask(Random random, int w, int h) {
        double cx = random.nextDouble() * w;
        double cy = random.nextDouble() * h;
        double rx = 3 + random.nextDouble() * w / 4;
        double ry = 3 + random.nextDouble() * h / 4;
        int[] counts = new int[2 * w + 2];
        int n = 0;
        long written = 0;
        for (int x = 0; x < w; x++) {
            double dx = (x + 0.5 - cx) / rx;
            if (Math.abs(dx) >= 1) {
                continue;
            }
            double half = ry * Math.sqrt(1 - dx * dx);
            int y0 = Math.max(0, (int) Math.ceil(cy - half - 0.5));
            int y1 = Math.min(h, (int) Math.floor(cy + half - 0.5) + 1);
            if (y1 <= y0) {
                continue;
            }
            long start = (long) x * h + y0;
            counts[n++] = (int) (start - written);
            counts[n++] = y1 - y0;
            written = start + (y1 - y0);
        }
        counts[n++] = (int) ((long) w * h - written);
        return Rle.ofCounts(h, w, Arrays.copyOf(counts, n));
    }

    private static void writeRle(JsonGenerator g, Rle rle, boolean uncompressed) throws IOException {
        g.writeStartObject();
        g.writeArrayFieldStart("size");
        g.writeNumber(rle.height());
        g.writeNumber(rle.width());
        g.writeEndArray();
        if (uncompressed) {
            g.writeArrayFieldStart("counts");
            for (int i = 0; i < rle.runCount(); i++) {
                g.writeNumber(rle.count(i));
            }
            g.writeEndArray();
        } else {
            g.writeStringField("counts", rle.toCompressedString());
        }
        g.writeEndObject();
    }
}
