package dev.promptcanvas.annotations.json;

import dev.promptcanvas.annotations.geometry.Arrow;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Ellipse;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.geometry.Polygon;
import dev.promptcanvas.annotations.geometry.PolygonPart;
import dev.promptcanvas.annotations.geometry.Polyline;
import dev.promptcanvas.annotations.geometry.Ring;
import dev.promptcanvas.annotations.mask.Rle;
import dev.promptcanvas.annotations.prompt.ArrowPrompt;
import dev.promptcanvas.annotations.prompt.BoxPrompt;
import dev.promptcanvas.annotations.prompt.ManualEdit;
import dev.promptcanvas.annotations.prompt.MaskPrompt;
import dev.promptcanvas.annotations.prompt.PointPrompt;
import dev.promptcanvas.annotations.prompt.Prompt;
import dev.promptcanvas.annotations.prompt.PromptRecord;
import dev.promptcanvas.annotations.prompt.ScribblePrompt;
import dev.promptcanvas.annotations.prompt.TextPrompt;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Seeded random geometry and prompts for property-style tests (shared by the json and store tests). */
public final class RandomShapes {

    public static final List<String> GEOMETRY_KINDS =
            List.of("box", "polygon", "mask", "point", "polyline", "arrow", "ellipse");
    public static final List<String> PROMPT_KINDS = List.of("point", "box", "scribble", "arrow", "mask", "text");

    private final Random random;

    public RandomShapes(long seed) {
        this.random = new Random(seed);
    }

    public Random random() {
        return random;
    }

    /** A coordinate with awkward values mixed in: whole numbers, negatives, long fractions, tiny and huge ones. */
    public double coordinate() {
        switch (random.nextInt(6)) {
            case 0:
                return random.nextInt(2000);
            case 1:
                return -random.nextDouble() * 100;
            case 2:
                return random.nextDouble() * 1e-7;
            case 3:
                return random.nextDouble() * 1e12;
            case 4:
                return 0.1 + random.nextInt(100) * 0.7;
            default:
                return random.nextDouble() * 4000;
        }
    }

    public double[] flat(int points) {
        double[] xy = new double[2 * points];
        for (int i = 0; i < xy.length; i++) {
            xy[i] = coordinate();
        }
        return xy;
    }

    public Box box() {
        return Box.ofCorners(coordinate(), coordinate(), coordinate(), coordinate());
    }

    public Geometry geometry(String kind, int imageHeight, int imageWidth) {
        switch (kind) {
            case "box":
                return box();
            case "point":
                return new Point(coordinate(), coordinate());
            case "polyline":
                return Polyline.of(flat(2 + random.nextInt(6)));
            case "arrow":
                return new Arrow(new Point(coordinate(), coordinate()), new Point(coordinate(), coordinate()));
            case "ellipse":
                return new Ellipse(coordinate(), coordinate(), Math.abs(coordinate()), Math.abs(coordinate()),
                        random.nextDouble() * 360 - 180);
            case "polygon":
                return polygon();
            case "mask":
                return mask(imageHeight, imageWidth);
            default:
                throw new IllegalArgumentException(kind);
        }
    }

    public Geometry geometry(int imageHeight, int imageWidth) {
        return geometry(GEOMETRY_KINDS.get(random.nextInt(GEOMETRY_KINDS.size())), imageHeight, imageWidth);
    }

    public Polygon polygon() {
        List<PolygonPart> parts = new ArrayList<>();
        int n = 1 + random.nextInt(3);
        for (int p = 0; p < n; p++) {
            List<Ring> holes = new ArrayList<>();
            int h = random.nextInt(3);
            for (int i = 0; i < h; i++) {
                holes.add(Ring.of(flat(3 + random.nextInt(4))));
            }
            parts.add(new PolygonPart(Ring.of(flat(3 + random.nextInt(8))), holes));
        }
        return new Polygon(parts);
    }

    public Mask mask(int height, int width) {
        byte[] pixels = new byte[height * width];
        int blobs = random.nextInt(4);
        for (int b = 0; b < blobs; b++) {
            int x0 = random.nextInt(width);
            int y0 = random.nextInt(height);
            int w = 1 + random.nextInt(Math.max(1, width - x0));
            int hh = 1 + random.nextInt(Math.max(1, height - y0));
            for (int y = y0; y < Math.min(height, y0 + hh); y++) {
                for (int x = x0; x < Math.min(width, x0 + w); x++) {
                    pixels[y * width + x] = 1;
                }
            }
        }
        return new Mask(Rle.encodeRowMajor(pixels, height, width));
    }

    public Prompt prompt(String kind) {
        switch (kind) {
            case "point":
                return new PointPrompt(coordinate(), coordinate(), random.nextBoolean());
            case "box":
                return new BoxPrompt(box());
            case "scribble":
                return new ScribblePrompt(Polyline.of(flat(2 + random.nextInt(10))), random.nextBoolean());
            case "arrow":
                return new ArrowPrompt(new Arrow(new Point(coordinate(), coordinate()),
                        new Point(coordinate(), coordinate())));
            case "mask":
                return new MaskPrompt(mask(1 + random.nextInt(20), 1 + random.nextInt(20)));
            case "text":
                return new TextPrompt(text());
            default:
                throw new IllegalArgumentException(kind);
        }
    }

    /** Text with quotes, backslashes, control characters and non-BMP characters. */
    public String text() {
        String[] pieces = {"the man", " in red", "\"quoted\"", "back\\slash", "tab\there", "new\nline", "é",
            "\uD83D\uDE00", "<region1>", "", "\u0000"};
        StringBuilder s = new StringBuilder();
        int n = random.nextInt(5);
        for (int i = 0; i < n; i++) {
            s.append(pieces[random.nextInt(pieces.length)]);
        }
        return s.toString();
    }

    public PromptRecord promptRecord(long id, long imageId) {
        List<Prompt> prompts = new ArrayList<>();
        int n = random.nextInt(5);
        for (int i = 0; i < n; i++) {
            prompts.add(prompt(PROMPT_KINDS.get(random.nextInt(PROMPT_KINDS.size()))));
        }
        List<ManualEdit> edits = new ArrayList<>();
        int e = random.nextInt(3);
        for (int i = 0; i < e; i++) {
            edits.add(new ManualEdit(random.nextBoolean() ? "brush-add" : "replace",
                    random.nextBoolean() ? null : geometry(8, 6), random.nextLong()));
        }
        return new PromptRecord(id, imageId, prompts, "sam2.1-tiny", random.nextBoolean() ? null : "v" + n,
                random.nextInt(3), random.nextBoolean() ? null : random.nextDouble(), edits);
    }
}
