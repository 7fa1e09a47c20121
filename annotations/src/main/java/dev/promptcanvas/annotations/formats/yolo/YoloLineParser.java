package dev.promptcanvas.annotations.formats.yolo;

import dev.promptcanvas.annotations.formats.support.InvalidFieldException;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Polygon;

/**
 * One line of a YOLO label file: {@code cls cx cy w h} becomes a box, {@code cls x1 y1 x2 y2 x3 y3 ...} a polygon,
 * both scaled from [0, 1] to pixels. Coordinates may stray {@value #TOLERANCE} outside [0, 1] (rounding in other
 * tools' writers) and are then clamped; anything further out is an error naming the line and the field.
 */
final class YoloLineParser {

    /** How far outside [0, 1] a normalised coordinate may lie before it is an error. */
    static final double TOLERANCE = 0.001;

    private static final String[] BOX_FIELDS = {"cx", "cy", "w", "h"};

    /** A parsed line: the class id and the geometry in pixels. */
    record Label(int classId, Geometry geometry) {
    }

    private final int classCount;

    YoloLineParser(int classCount) {
        this.classCount = classCount;
    }

    /** Parses a non-blank line; {@code lineNumber} is 1-based and goes into the field of any error. */
    Label parse(String line, int lineNumber, int width, int height) throws InvalidFieldException {
        String at = "line " + lineNumber;
        String[] tokens = line.strip().split("\\s+");
        int classId = classId(tokens[0], at);
        int values = tokens.length - 1;
        if (values == 4) {
            double[] v = new double[4];
            for (int i = 0; i < 4; i++) {
                v[i] = normalised(tokens[i + 1], at + ": " + BOX_FIELDS[i]);
            }
            if (v[2] < 0 || v[3] < 0) {
                throw new InvalidFieldException(at + ": " + (v[2] < 0 ? "w" : "h"), "box size must not be negative");
            }
            double x1 = clamp(v[0] - v[2] / 2) * width;
            double y1 = clamp(v[1] - v[3] / 2) * height;
            double x2 = clamp(v[0] + v[2] / 2) * width;
            double y2 = clamp(v[1] + v[3] / 2) * height;
            return new Label(classId, new Box(x1, y1, x2, y2));
        }
        if (values % 2 != 0) {
            throw new InvalidFieldException(at, "odd number of coordinates (" + values + "): expected 4 for a box "
                    + "or x y pairs for a polygon");
        }
        if (values < 6) {
            throw new InvalidFieldException(at, values == 0 ? "class id without coordinates"
                    : "a polygon needs at least 3 points, got " + values / 2);
        }
        double[] xy = new double[values];
        for (int i = 0; i < values; i++) {
            String field = at + ": " + (i % 2 == 0 ? "x" : "y") + (i / 2 + 1);
            xy[i] = clamp(normalised(tokens[i + 1], field)) * (i % 2 == 0 ? width : height);
        }
        return new Label(classId, Polygon.of(xy));
    }

    private int classId(String token, String at) throws InvalidFieldException {
        int id;
        try {
            id = Integer.parseInt(token);
        } catch (NumberFormatException e) {
            double d;
            try {
                d = Double.parseDouble(token);
            } catch (NumberFormatException e2) {
                throw new InvalidFieldException(at + ": class", "expected an integer class id, got '" + token + "'");
            }
            if (d != Math.rint(d) || Math.abs(d) > Integer.MAX_VALUE) {
                throw new InvalidFieldException(at + ": class", "expected an integer class id, got '" + token + "'");
            }
            id = (int) d;
        }
        if (id < 0 || id >= classCount) {
            throw new InvalidFieldException(at + ": class", "class id " + id + " is out of range: data.yaml names "
                    + classCount + " classes (0.." + (classCount - 1) + ")");
        }
        return id;
    }

    private static double normalised(String token, String field) throws InvalidFieldException {
        double v;
        try {
            v = Double.parseDouble(token);
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(field, "expected a number, got '" + token + "'");
        }
        if (!Double.isFinite(v)) {
            throw new InvalidFieldException(field, "is not a finite number (" + token + ")");
        }
        if (v < -TOLERANCE || v > 1 + TOLERANCE) {
            throw new InvalidFieldException(field, token + " lies outside [0, 1]: YOLO coordinates are normalised "
                    + "by the image size");
        }
        return v;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
