package dev.promptcanvas.inference.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.promptcanvas.annotations.geometry.Geometry;
import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * A region as a square grid of ViT patches (FALIP-style attention mask): each cell holds the share of the patch
 * the region covers, and is on when that share reaches the threshold. Row-major, row 0 at the top.
 */
public final class PatchGrid {

    private final int size;
    private final double threshold;
    private final boolean centerCrop;
    private final double[] share;
    private final boolean[] on;

    private PatchGrid(int size, double threshold, boolean centerCrop, double[] share, boolean[] on) {
        this.size = size;
        this.threshold = threshold;
        this.centerCrop = centerCrop;
        this.share = share;
        this.on = on;
    }

    /** The grid of one region on an image of the given size. */
    public static PatchGrid of(Geometry region, int imageWidth, int imageHeight, PatchGridOptions options) {
        RegionRaster raster = RegionRaster.of(region, imageWidth, imageHeight, Math.max(2, Math.max(imageWidth,
                imageHeight) / 100.0));
        return of(raster, options);
    }

    static PatchGrid of(RegionRaster r, PatchGridOptions o) {
        int g = o.gridSize();
        int w = r.imageWidth();
        int h = r.imageHeight();
        double gx0 = 0;
        double gy0 = 0;
        double gw = w;
        double gh = h;
        if (o.centerCrop()) {
            double side = Math.min(w, h);
            gx0 = (w - side) / 2;
            gy0 = (h - side) / 2;
            gw = side;
            gh = side;
        }
        double[] covered = new double[g * g];
        Coverage c = Coverage.of(r);
        double cellW = gw / g;
        double cellH = gh / g;
        for (int j = 0; j < c.height(); j++) {
            int y = c.y0() + j;
            for (int i = 0; i < c.width(); i++) {
                if (c.bits()[j * c.width() + i] == 0) {
                    continue;
                }
                int x = c.x0() + i;
                spread(covered, g, x - gx0, y - gy0, cellW, cellH);
            }
        }
        double[] share = new double[g * g];
        boolean[] on = new boolean[g * g];
        int best = -1;
        for (int k = 0; k < share.length; k++) {
            share[k] = Math.min(1, covered[k] / (cellW * cellH));
            on[k] = share[k] >= o.threshold() - 1e-12;
            if (share[k] > 0 && (best < 0 || share[k] > share[best])) {
                best = k;
            }
        }
        if (best >= 0) {
            on[best] = true;
        }
        return new PatchGrid(g, o.threshold(), o.centerCrop(), share, on);
    }

    /** Adds the unit pixel [x, x+1) x [y, y+1) (grid coordinates in pixels) to the cells it overlaps. */
    private static void spread(double[] covered, int g, double x, double y, double cellW, double cellH) {
        int c0 = Math.max(0, (int) Math.floor(x / cellW));
        int c1 = Math.min(g - 1, (int) Math.floor((x + 1 - 1e-9) / cellW));
        int r0 = Math.max(0, (int) Math.floor(y / cellH));
        int r1 = Math.min(g - 1, (int) Math.floor((y + 1 - 1e-9) / cellH));
        for (int row = r0; row <= r1; row++) {
            double oy = Math.min(y + 1, (row + 1) * cellH) - Math.max(y, row * cellH);
            if (oy <= 0) {
                continue;
            }
            for (int col = c0; col <= c1; col++) {
                double ox = Math.min(x + 1, (col + 1) * cellW) - Math.max(x, col * cellW);
                if (ox > 0) {
                    covered[row * g + col] += ox * oy;
                }
            }
        }
    }

    /** Patches per side. */
    public int size() {
        return size;
    }

    public boolean isOn(int row, int col) {
        return on[row * size + col];
    }

    /** Share of patch (row, col) the region covers, 0..1. */
    public double share(int row, int col) {
        return share[row * size + col];
    }

    /** Number of patches that are on. */
    public int onCount() {
        int n = 0;
        for (boolean b : on) {
            if (b) {
                n++;
            }
        }
        return n;
    }

    /** Indices (row * size + col) of the patches that are on, ascending. */
    public int[] onIndices() {
        return java.util.stream.IntStream.range(0, on.length).filter(k -> on[k]).toArray();
    }

    /**
     * {@code {"grid":[rows,cols],"threshold":t,"mapping":"stretch"|"center-crop","on":n,
     * "cells":[[0,1,...],...],"indices":[...]}}.
     */
    public ObjectNode toJson(ObjectMapper mapper) {
        ObjectNode node = mapper.createObjectNode();
        node.putArray("grid").add(size).add(size);
        node.put("threshold", threshold);
        node.put("mapping", centerCrop ? "center-crop" : "stretch");
        node.put("on", onCount());
        ArrayNode cells = node.putArray("cells");
        for (int row = 0; row < size; row++) {
            ArrayNode r = cells.addArray();
            for (int col = 0; col < size; col++) {
                r.add(isOn(row, col) ? 1 : 0);
            }
        }
        ArrayNode idx = node.putArray("indices");
        Arrays.stream(onIndices()).forEach(idx::add);
        return node;
    }

    /** The grid as a black-and-white image, {@code cellPixels} per patch (white = on). */
    public BufferedImage toImage(int cellPixels) {
        int s = Math.max(1, cellPixels);
        BufferedImage img = new BufferedImage(size * s, size * s, BufferedImage.TYPE_INT_RGB);
        int[] px = Pixels.data(img);
        for (int y = 0; y < size * s; y++) {
            for (int x = 0; x < size * s; x++) {
                px[y * size * s + x] = isOn(y / s, x / s) ? 0xFFFFFF : 0;
            }
        }
        return img;
    }
}
