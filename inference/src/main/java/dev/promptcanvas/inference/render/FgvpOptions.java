package dev.promptcanvas.inference.render;

/**
 * FGVP's prompt parameters, defaults as in its {@code main.py}: line colour red, mask colour green, thickness 2,
 * alpha 0.5, Gaussian blur standard deviation 100, box expansion 1 % of the image for crops.
 *
 * <p>FGVP draws on the image after resizing its longest side to the CLIP input size (336). Rendering at the
 * original resolution, thickness, blur and keypoint radius are scaled by max(W, H) / {@code referenceSize} so the
 * prompt looks the same once the model resizes the image; {@code referenceSize = 0} turns the scaling off (literal
 * pixels).
 */
public record FgvpOptions(PromptColor lineColor, PromptColor maskColor, int thickness, double alpha,
                          double blurSigma, double expandRatio, int referenceSize) {

    public FgvpOptions {
        if (lineColor == null || maskColor == null) {
            throw new IllegalArgumentException("FGVP: line and mask colours are required");
        }
        if (thickness < 1) {
            throw new IllegalArgumentException("FGVP: thickness must be >= 1, got " + thickness);
        }
        if (!(alpha >= 0 && alpha <= 1)) {
            throw new IllegalArgumentException("FGVP: alpha must be within [0, 1], got " + alpha);
        }
        if (!(blurSigma >= 0) || !(expandRatio >= 0) || referenceSize < 0) {
            throw new IllegalArgumentException("FGVP: blur sigma, expand ratio and reference size must be >= 0");
        }
    }

    public static FgvpOptions defaults() {
        return new FgvpOptions(PromptColors.RED, PromptColors.GREEN, 2, 0.5, 100, 0.01, 336);
    }

    /** The factor applied to thickness, blur and keypoint radius for an image of this size. */
    public double scale(int width, int height) {
        return referenceSize == 0 ? 1.0 : Math.max(width, height) / (double) referenceSize;
    }

    public FgvpOptions withBlurSigma(double sigma) {
        return new FgvpOptions(lineColor, maskColor, thickness, alpha, sigma, expandRatio, referenceSize);
    }

    public FgvpOptions withReferenceSize(int size) {
        return new FgvpOptions(lineColor, maskColor, thickness, alpha, blurSigma, expandRatio, size);
    }

    public FgvpOptions withColors(PromptColor line, PromptColor mask) {
        return new FgvpOptions(line, mask, thickness, alpha, blurSigma, expandRatio, referenceSize);
    }
}
