package dev.promptcanvas.annotations.formats.voc;

import dev.promptcanvas.annotations.geometry.Box;

/**
 * VOC's box convention: {@code xmin..xmax} are 1-based, inclusive pixel indices (the VOC devkit's and Detectron2's
 * reading), so the pixel column {@code i} (0-based, covering [i, i+1)) is VOC column {@code i + 1}. A continuous box
 * [x1, x2) is written as {@code xmin = round(x1) + 1, xmax = round(x2)} and read back as
 * {@code x1 = xmin - 1, x2 = xmax}; whole-pixel boxes survive exactly, others move by at most half a pixel.
 */
final class VocPixels {

    private VocPixels() {
    }

    /** {xmin, ymin, xmax, ymax} for the box on a width x height image, clamped to 1..width / 1..height. */
    static int[] toVoc(Box b, int width, int height) {
        int xmin = clamp((int) Math.round(b.x1()) + 1, 1, width);
        int ymin = clamp((int) Math.round(b.y1()) + 1, 1, height);
        int xmax = clamp((int) Math.round(b.x2()), xmin, width);
        int ymax = clamp((int) Math.round(b.y2()), ymin, height);
        return new int[] {xmin, ymin, xmax, ymax};
    }

    /** The continuous box that VOC's inclusive 1-based pixel indices cover. */
    static Box fromVoc(double xmin, double ymin, double xmax, double ymax) {
        return new Box(xmin - 1, ymin - 1, xmax, ymax);
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
