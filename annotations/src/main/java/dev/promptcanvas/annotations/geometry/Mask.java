package dev.promptcanvas.annotations.geometry;

import dev.promptcanvas.annotations.mask.Rle;

/** A binary raster mask covering a whole image, held as COCO RLE. Masks are authoritative; polygons are derived. */
public record Mask(Rle rle) implements Geometry {

    public Mask {
        if (rle == null) {
            throw new IllegalArgumentException("mask: RLE is required");
        }
    }

    public int width() {
        return rle.width();
    }

    public int height() {
        return rle.height();
    }

    /** Foreground pixel count. */
    public long area() {
        return rle.area();
    }

    @Override
    public String kind() {
        return "mask";
    }

    /** The mask shifted by whole pixels (dx, dy rounded); pixels pushed off the image are lost. */
    @Override
    public Mask translate(double dx, double dy) {
        int ix = (int) Math.round(dx);
        int iy = (int) Math.round(dy);
        int h = rle.height();
        int w = rle.width();
        byte[] src = rle.toColumnMajor();
        byte[] dst = new byte[src.length];
        for (int x = 0; x < w; x++) {
            int nx = x + ix;
            if (nx < 0 || nx >= w) {
                continue;
            }
            for (int y = 0; y < h; y++) {
                int ny = y + iy;
                if (ny >= 0 && ny < h && src[x * h + y] != 0) {
                    dst[nx * h + ny] = 1;
                }
            }
        }
        return new Mask(Rle.encodeColumnMajor(dst, h, w));
    }
}
