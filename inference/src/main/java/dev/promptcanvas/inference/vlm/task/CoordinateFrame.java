package dev.promptcanvas.inference.vlm.task;

import dev.promptcanvas.inference.encode.ImageSize;
import dev.promptcanvas.inference.encode.QwenSmartResize;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.Optional;

/**
 * The coordinates a model reads and writes, and how they map to the original image's pixels.
 * <ul>
 *   <li>{@code PIXELS}: pixels of the image as sent (unchanged).</li>
 *   <li>{@code QWEN}: pixels of Qwen2.5-VL's smart-resized input (28-pixel multiples; qwen_vl_utils defaults).</li>
 *   <li>{@code NORM1000}: 0..1000 on both axes (Qwen2-VL, InternVL, many others).</li>
 *   <li>{@code SQUARE}: the image is resized to side x side before sending, as Seg-Zero's inference does (840).</li>
 * </ul>
 */
public record CoordinateFrame(Kind kind, int side) {

    /** Which convention. */
    public enum Kind {
        PIXELS, QWEN, NORM1000, SQUARE
    }

    public static final CoordinateFrame PIXELS = new CoordinateFrame(Kind.PIXELS, 0);
    public static final CoordinateFrame QWEN = new CoordinateFrame(Kind.QWEN, 0);
    public static final CoordinateFrame NORM1000 = new CoordinateFrame(Kind.NORM1000, 0);
    /** Seg-Zero's 840 x 840 input. */
    public static final CoordinateFrame SEG_ZERO = new CoordinateFrame(Kind.SQUARE, 840);

    public CoordinateFrame {
        if (kind == null) {
            throw new IllegalArgumentException("coordinate frame: kind is required");
        }
        if (kind == Kind.SQUARE && side <= 0) {
            throw new IllegalArgumentException("coordinate frame: a square frame needs a positive side");
        }
    }

    /** "pixels", "qwen", "norm1000", "segzero" or "square:N". */
    public static Optional<CoordinateFrame> byId(String id) {
        String s = id == null ? "" : id.trim().toLowerCase(Locale.ROOT).replace("-", "");
        return switch (s) {
            case "pixels", "pixel", "abs" -> Optional.of(PIXELS);
            case "qwen", "qwen2.5vl", "smartresize" -> Optional.of(QWEN);
            case "norm1000", "1000" -> Optional.of(NORM1000);
            case "segzero" -> Optional.of(SEG_ZERO);
            default -> {
                if (s.startsWith("square:")) {
                    try {
                        yield Optional.of(new CoordinateFrame(Kind.SQUARE, Integer.parseInt(s.substring(7))));
                    } catch (IllegalArgumentException e) {
                        yield Optional.empty();
                    }
                }
                yield Optional.empty();
            }
        };
    }

    public String id() {
        return kind == Kind.SQUARE ? (side == 840 ? "segzero" : "square:" + side) : kind.name().toLowerCase(Locale.ROOT);
    }

    /** The image to send: the original, or (SQUARE) resized to side x side. */
    public BufferedImage prepare(BufferedImage original) {
        if (kind != Kind.SQUARE) {
            return original;
        }
        BufferedImage out = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(original, 0, 0, side, side, null);
        g.dispose();
        return out;
    }

    /**
     * The size of the model's coordinate space for an original image (the smart-resized input, 1000 x 1000, the
     * square, or the image itself).
     */
    public ImageSize modelSpace(ImageSize original) {
        return switch (kind) {
            case PIXELS -> original;
            case QWEN -> QwenSmartResize.DEFAULT.inputSize(original);
            case NORM1000 -> new ImageSize(1000, 1000);
            case SQUARE -> new ImageSize(side, side);
        };
    }

    /** Multipliers {sx, sy} from model coordinates to original pixels. */
    public double[] toImage(ImageSize original) {
        ImageSize m = modelSpace(original);
        return new double[] {original.width() / (double) m.width(), original.height() / (double) m.height()};
    }
}
