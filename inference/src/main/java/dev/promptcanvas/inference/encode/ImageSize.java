package dev.promptcanvas.inference.encode;

/** An image's size in pixels. */
public record ImageSize(int width, int height) {

    public ImageSize {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("image size must be positive, got " + width + "x" + height);
        }
    }

    /** Parses {@code WxH} (also {@code W,H}), e.g. {@code 640x480}. */
    public static ImageSize parse(String text) {
        String t = text == null ? "" : text.trim();
        String[] parts = t.split("[xX,*]");
        if (parts.length != 2) {
            throw new IllegalArgumentException("image size '" + text + "': expected WxH, e.g. 640x480");
        }
        try {
            return new ImageSize(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("image size '" + text + "': expected two whole numbers WxH", e);
        }
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
