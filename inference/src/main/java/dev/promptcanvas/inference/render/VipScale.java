package dev.promptcanvas.inference.render;

import java.util.Random;

/**
 * ViP-LLaVA's size rules: widths scale with s = max(W, H) / 336 and are truncated as Python's {@code int()} does;
 * {@code randint} is inclusive at both ends, {@code uniform(a, b)} is {@code a + (b - a) * random()}.
 */
record VipScale(int maxImageSize) {

    static final double ANCHOR = 336.0;

    static VipScale of(int width, int height) {
        return new VipScale(Math.max(width, height));
    }

    /** s = max(W, H) / 336. */
    double s() {
        return maxImageSize / ANCHOR;
    }

    /** {@code int(k * max_image_size / 336)}. */
    int scaled(double k) {
        return (int) (k * maxImageSize / ANCHOR);
    }

    /** {@code max(randint(int(lo*s), int(hi*s)), 1)}. */
    int randomWidth(Random random, double lo, double hi) {
        return Math.max(randint(random, scaled(lo), scaled(hi)), 1);
    }

    /** {@code max(int(k*s), 1)}. */
    int fixedWidth(double k) {
        return Math.max(scaled(k), 1);
    }

    static int randint(Random random, int lo, int hi) {
        return hi <= lo ? lo : lo + random.nextInt(hi - lo + 1);
    }

    static double uniform(Random random, double a, double b) {
        return a + (b - a) * random.nextDouble();
    }
}
