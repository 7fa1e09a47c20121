package dev.promptcanvas.inference.segment;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Polyline;
import dev.promptcanvas.annotations.prompt.BoxPrompt;
import dev.promptcanvas.annotations.prompt.PointPrompt;
import dev.promptcanvas.annotations.prompt.ScribblePrompt;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The prompt syntax of {@code promptcanvas segment} and scripts, in image pixels: point {@code X,Y[,neg]},
 * box {@code X1,Y1,X2,Y2}, scribble {@code X,Y;X,Y;...[,neg]} (a trailing {@code ,pos} is accepted too).
 */
public final class PromptSyntax {

    private PromptSyntax() {
    }

    /** {@code X,Y} or {@code X,Y,neg}. */
    public static PointPrompt point(String s) {
        String[] p = s.split(",");
        if (p.length != 2 && p.length != 3) {
            throw new PromptException("--point " + s + ": expected X,Y or X,Y,neg");
        }
        return new PointPrompt(number("--point", s, p[0]), number("--point", s, p[1]),
                p.length == 2 || sign("--point", s, p[2]));
    }

    /** {@code X1,Y1,X2,Y2} (any two opposite corners). */
    public static BoxPrompt box(String s) {
        String[] p = s.split(",");
        if (p.length != 4) {
            throw new PromptException("--box " + s + ": expected X1,Y1,X2,Y2");
        }
        Box b = Box.ofCorners(number("--box", s, p[0]), number("--box", s, p[1]), number("--box", s, p[2]),
                number("--box", s, p[3]));
        if (b.width() == 0 || b.height() == 0) {
            throw new PromptException("--box " + s + ": the box has no area");
        }
        return new BoxPrompt(b);
    }

    /** {@code X,Y;X,Y;...} with an optional {@code ,neg} after the last vertex. */
    public static ScribblePrompt scribble(String s) {
        String[] vertices = s.split(";");
        boolean positive = true;
        List<Double> xy = new ArrayList<>();
        for (int i = 0; i < vertices.length; i++) {
            String[] p = vertices[i].split(",");
            if (i == vertices.length - 1 && p.length == 3) {
                positive = sign("--scribble", s, p[2]);
            } else if (p.length != 2) {
                throw new PromptException("--scribble " + s + ": vertex " + (i + 1) + " '" + vertices[i]
                        + "' is not X,Y");
            }
            xy.add(number("--scribble", s, p[0]));
            xy.add(number("--scribble", s, p[1]));
        }
        if (xy.size() < 4) {
            throw new PromptException("--scribble " + s + ": needs at least two vertices X,Y;X,Y");
        }
        return new ScribblePrompt(Polyline.of(xy.stream().mapToDouble(Double::doubleValue).toArray()), positive);
    }

    private static double number(String option, String whole, String part) {
        try {
            double v = Double.parseDouble(part.trim());
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new PromptException(option + " " + whole + ": '" + part + "' is not a number");
        }
    }

    private static boolean sign(String option, String whole, String part) {
        return switch (part.trim().toLowerCase(Locale.ROOT)) {
            case "neg", "negative", "-" -> false;
            case "pos", "positive", "+" -> true;
            default -> throw new PromptException(option + " " + whole + ": '" + part + "' should be neg or pos");
        };
    }
}
