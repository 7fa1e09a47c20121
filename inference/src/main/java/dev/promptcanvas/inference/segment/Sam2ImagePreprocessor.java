package dev.promptcanvas.inference.segment;

import java.awt.image.BufferedImage;

/**
 * SAM2's image pre-processing: RGB, resized to S×S without keeping the aspect ratio (bilinear, half-pixel
 * centres, as OpenCV's INTER_LINEAR), scaled to [0, 1], normalised with the ImageNet mean and std, laid out NCHW.
 */
public final class Sam2ImagePreprocessor {

    /** Per-channel mean, R G B. */
    public static final float[] MEAN = {0.485f, 0.456f, 0.406f};
    /** Per-channel standard deviation, R G B. */
    public static final float[] STD = {0.229f, 0.224f, 0.225f};

    private Sam2ImagePreprocessor() {
    }

    /** The image as a float tensor [1, 3, size, size]. */
    public static float[] toNchw(BufferedImage image, int size) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] rgb = ImagePixels.rgb(image);
        LogitsResampler.Axis xs = LogitsResampler.Axis.of(size, w);
        LogitsResampler.Axis ys = LogitsResampler.Axis.of(size, h);
        float[] out = new float[3 * size * size];
        int plane = size * size;
        float[] scale = new float[3];
        float[] shift = new float[3];
        for (int c = 0; c < 3; c++) {
            scale[c] = 1f / (255f * STD[c]);
            shift[c] = MEAN[c] / STD[c];
        }
        float[] top = new float[3];
        float[] bottom = new float[3];
        for (int oy = 0; oy < size; oy++) {
            int r0 = ys.i0[oy] * w;
            int r1 = ys.i1[oy] * w;
            float wy = ys.w[oy];
            int rowOut = oy * size;
            for (int ox = 0; ox < size; ox++) {
                int x0 = xs.i0[ox];
                int x1 = xs.i1[ox];
                float wx = xs.w[ox];
                lerpRgb(rgb[r0 + x0], rgb[r0 + x1], wx, top);
                lerpRgb(rgb[r1 + x0], rgb[r1 + x1], wx, bottom);
                int o = rowOut + ox;
                for (int c = 0; c < 3; c++) {
                    float v = top[c] + wy * (bottom[c] - top[c]);
                    out[c * plane + o] = v * scale[c] - shift[c];
                }
            }
        }
        return out;
    }

    private static void lerpRgb(int a, int b, float t, float[] out) {
        int ar = a >> 16 & 0xFF;
        int ag = a >> 8 & 0xFF;
        int ab = a & 0xFF;
        out[0] = ar + t * ((b >> 16 & 0xFF) - ar);
        out[1] = ag + t * ((b >> 8 & 0xFF) - ag);
        out[2] = ab + t * ((b & 0xFF) - ab);
    }
}
