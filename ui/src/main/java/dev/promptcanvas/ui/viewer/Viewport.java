package dev.promptcanvas.ui.viewer;

/**
 * The image ↔ screen transform of a viewer: screen = image * scale + offset. Pure maths, no JavaFX, so it is
 * unit-tested directly.
 */
public final class Viewport {

    private static final double MIN_SCALE = 1.0 / 64;
    private static final double MAX_SCALE = 64;
    private double scale = 1;
    private double offsetX;
    private double offsetY;

    public double scale() {
        return scale;
    }

    public double toScreenX(double imageX) {
        return imageX * scale + offsetX;
    }

    public double toScreenY(double imageY) {
        return imageY * scale + offsetY;
    }

    public double toImageX(double screenX) {
        return (screenX - offsetX) / scale;
    }

    public double toImageY(double screenY) {
        return (screenY - offsetY) / scale;
    }

    /** Scales the image to fit the view, centred. */
    public void fit(double imageWidth, double imageHeight, double viewWidth, double viewHeight) {
        if (imageWidth <= 0 || imageHeight <= 0 || viewWidth <= 0 || viewHeight <= 0) {
            return;
        }
        scale = clamp(Math.min(viewWidth / imageWidth, viewHeight / imageHeight));
        offsetX = (viewWidth - imageWidth * scale) / 2;
        offsetY = (viewHeight - imageHeight * scale) / 2;
    }

    /** 100 %: one image pixel per screen pixel, keeping the image point under (screenX, screenY) in place. */
    public void actualSize(double screenX, double screenY) {
        zoomAt(screenX, screenY, 1 / scale);
    }

    /** Multiplies the scale by factor, keeping the image point under (screenX, screenY) where it is. */
    public void zoomAt(double screenX, double screenY, double factor) {
        double ix = toImageX(screenX);
        double iy = toImageY(screenY);
        scale = clamp(scale * factor);
        offsetX = screenX - ix * scale;
        offsetY = screenY - iy * scale;
    }

    public void panBy(double dx, double dy) {
        offsetX += dx;
        offsetY += dy;
    }

    private static double clamp(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }
}
