package dev.promptcanvas.inference.encode;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Point;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Collects a parser's items and diagnostics, with the coordinate checks every parser shares. */
final class AnswerBuilder {

    private final RegionFormat format;
    private final List<AnswerItem> items = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private String text = "";

    AnswerBuilder(RegionFormat format) {
        this.format = format;
    }

    /** Runs a parser so that nothing escapes: an unexpected exception becomes an ERROR diagnostic. */
    static ParsedAnswer total(RegionFormat format, String answer, Function<String, ParsedAnswer> parser) {
        if (answer == null) {
            return new ParsedAnswer(format, "", List.of(), List.of(Diagnostic.error("no-answer", "no answer text")));
        }
        try {
            return parser.apply(answer);
        } catch (RuntimeException | StackOverflowError e) {
            return new ParsedAnswer(format, answer, List.of(), List.of(Diagnostic.error("parser-failure",
                    "the " + format.id() + " parser failed on this answer: " + e)));
        }
    }

    AnswerBuilder text(String t) {
        this.text = t;
        return this;
    }

    AnswerBuilder item(AnswerItem item) {
        items.add(item);
        return this;
    }

    boolean hasItems() {
        return !items.isEmpty();
    }

    void info(String code, String message) {
        diagnostics.add(Diagnostic.info(code, message));
    }

    void warning(String code, String message) {
        diagnostics.add(Diagnostic.warning(code, message));
    }

    void error(String code, String message) {
        diagnostics.add(Diagnostic.error(code, message));
    }

    ParsedAnswer build() {
        return new ParsedAnswer(format, text, items, diagnostics);
    }

    /**
     * A box from two corners: corners given in the wrong order are swapped (WARNING box-inverted), a box reaching
     * outside [0, maxX] x [0, maxY] is clipped (WARNING box-clipped), a box with no area left is dropped (WARNING
     * box-empty, null returned).
     */
    Box box(double x1, double y1, double x2, double y2, double maxX, double maxY, String where) {
        if (!Double.isFinite(x1) || !Double.isFinite(y1) || !Double.isFinite(x2) || !Double.isFinite(y2)) {
            warning("box-invalid", where + ": coordinates are not finite numbers");
            return null;
        }
        if (x2 < x1 || y2 < y1) {
            warning("box-inverted", where + ": corners out of order, swapped");
        }
        Box b = Box.ofCorners(x1, y1, x2, y2);
        Box c = new Box(clamp(b.x1(), maxX), clamp(b.y1(), maxY), clamp(b.x2(), maxX), clamp(b.y2(), maxY));
        if (!c.equals(b)) {
            warning("box-clipped", where + ": " + fmt(b) + " reaches outside the image, clipped to " + fmt(c));
        }
        if (c.width() <= 0 || c.height() <= 0) {
            warning("box-empty", where + ": no area left inside the image, dropped");
            return null;
        }
        return c;
    }

    /** A point, clipped into [0, maxX] x [0, maxY] (WARNING point-clipped). */
    Point point(double x, double y, double maxX, double maxY, String where) {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            warning("point-invalid", where + ": coordinates are not finite numbers");
            return null;
        }
        double cx = clamp(x, maxX);
        double cy = clamp(y, maxY);
        if (cx != x || cy != y) {
            warning("point-clipped", where + ": (" + num(x) + ", " + num(y) + ") lies outside the image, clipped");
        }
        return new Point(cx, cy);
    }

    private static double clamp(double v, double max) {
        return Math.max(0, Math.min(max, v));
    }

    static String fmt(Box b) {
        return "[" + num(b.x1()) + ", " + num(b.y1()) + ", " + num(b.x2()) + ", " + num(b.y2()) + "]";
    }

    static String num(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e12 ? Long.toString((long) v) : Double.toString(v);
    }
}
