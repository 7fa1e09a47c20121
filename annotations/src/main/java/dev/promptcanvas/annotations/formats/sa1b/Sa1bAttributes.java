package dev.promptcanvas.annotations.formats.sa1b;

import dev.promptcanvas.annotations.model.Annotation;
import java.util.Locale;

/** SA-1B's per-mask numbers kept as annotation attributes, so that an import followed by an export keeps them. */
final class Sa1bAttributes {

    private Sa1bAttributes() {
    }

    /** The annotation's stability score, or 1.0 when it has none (or an unreadable one). */
    static double stability(Annotation a) {
        String v = a.attributes().get(Sa1bFormat.STABILITY_SCORE);
        try {
            return v == null ? 1.0 : Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return 1.0;
        }
    }

    /** The annotation's crop box [x, y, w, h], or the whole image. */
    static double[] cropBox(Annotation a, int width, int height) {
        String v = a.attributes().get(Sa1bFormat.CROP_BOX);
        if (v != null) {
            String[] parts = v.split(",");
            if (parts.length == 4) {
                try {
                    double[] box = new double[4];
                    for (int i = 0; i < 4; i++) {
                        box[i] = Double.parseDouble(parts[i].strip());
                    }
                    return box;
                } catch (NumberFormatException e) {
                    // fall through to the whole image
                }
            }
        }
        return new double[] {0, 0, width, height};
    }

    /** A number as an attribute value (shortest form that reads back to the same double). */
    static String number(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    /** A crop box as an attribute value. */
    static String cropBox(double[] box) {
        return String.format(Locale.ROOT, "%s,%s,%s,%s", number(box[0]), number(box[1]), number(box[2]),
                number(box[3]));
    }
}
