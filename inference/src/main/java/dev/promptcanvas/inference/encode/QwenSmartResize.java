package dev.promptcanvas.inference.encode;

/**
 * Qwen2.5-VL's {@code smart_resize} ({@code qwen_vl_utils}): both sides become multiples of {@code factor} (28),
 * rounded half-to-even as Python's {@code round}, at least one factor; if the area exceeds {@code maxPixels} both
 * sides shrink by sqrt(H W / maxPixels) and are floored to the factor (at least one factor), if it falls below {@code minPixels} they grow
 * by sqrt(minPixels / (H W)) and are ceiled. Qwen2.5-VL's boxes and points are pixels of that resized input.
 */
public record QwenSmartResize(int factor, long minPixels, long maxPixels) {

    /** factor 28, min 4*28*28, max 16384*28*28 (qwen_vl_utils' defaults). */
    public static final QwenSmartResize DEFAULT = new QwenSmartResize(28, 4L * 28 * 28, 16384L * 28 * 28);

    static final double MAX_RATIO = 200;

    public QwenSmartResize {
        if (factor < 1 || minPixels < 1 || maxPixels < minPixels) {
            throw new IllegalArgumentException("smart resize: need factor >= 1 and 1 <= minPixels <= maxPixels");
        }
    }

    /**
     * The model input size for an image.
     *
     * @throws IllegalArgumentException when the aspect ratio exceeds 200 (qwen_vl_utils refuses such images)
     */
    public ImageSize inputSize(ImageSize original) {
        int height = original.height();
        int width = original.width();
        if ((double) Math.max(height, width) / Math.min(height, width) > MAX_RATIO) {
            throw new IllegalArgumentException("absolute aspect ratio must be smaller than 200, got "
                    + (double) Math.max(height, width) / Math.min(height, width));
        }
        long hBar = Math.max(factor, roundByFactor(height));
        long wBar = Math.max(factor, roundByFactor(width));
        if (hBar * wBar > maxPixels) {
            double beta = Math.sqrt((double) height * width / maxPixels);
            hBar = Math.max(factor, floorByFactor(height / beta));
            wBar = Math.max(factor, floorByFactor(width / beta));
        } else if (hBar * wBar < minPixels) {
            double beta = Math.sqrt((double) minPixels / ((double) height * width));
            hBar = ceilByFactor(height * beta);
            wBar = ceilByFactor(width * beta);
        }
        return new ImageSize((int) wBar, (int) hBar);
    }

    private long roundByFactor(double n) {
        return (long) Math.rint(n / factor) * factor;
    }

    private long floorByFactor(double n) {
        return (long) Math.floor(n / factor) * factor;
    }

    private long ceilByFactor(double n) {
        return (long) Math.ceil(n / factor) * factor;
    }
}
