package dev.promptcanvas.inference.segment;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.mask.Rle;
import dev.promptcanvas.annotations.prompt.ArrowPrompt;
import dev.promptcanvas.annotations.prompt.BoxPrompt;
import dev.promptcanvas.annotations.prompt.MaskPrompt;
import dev.promptcanvas.annotations.prompt.PointPrompt;
import dev.promptcanvas.annotations.prompt.Prompt;
import dev.promptcanvas.annotations.prompt.ScribblePrompt;
import java.util.ArrayList;
import java.util.List;

/**
 * Prompts in SAM2's decoder encoding for one object (N = 1): points in model-input space
 * (x' = x / W · S, y' = y / H · S), labels 1 positive, 0 negative, 2/3 box corners (the box first), no padding
 * point (the graph adds it); a {@link MaskPrompt} becomes {@code mask_input}. Arrows: the head is a positive point
 * (docs/decisions/0002-arrow-prompts-for-sam2.md).
 *
 * @param coords interleaved x, y per point, length 2 · count
 * @param labels one label per point
 * @param maskInput 256×256 logits from a mask prompt, or null
 */
public record Sam2Prompt(float[] coords, float[] labels, float[] maskInput) {

    public static final float NEGATIVE = 0;
    public static final float POSITIVE = 1;
    public static final float BOX_TOP_LEFT = 2;
    public static final float BOX_BOTTOM_RIGHT = 3;
    /** Logit magnitude a mask prompt is written with (inside +, outside −). */
    public static final float MASK_PROMPT_LOGIT = 10;

    public int count() {
        return labels.length;
    }

    /** Encodes prompts given on a {@code width}×{@code height} image for a model input of {@code inputSize}. */
    public static Sam2Prompt encode(List<Prompt> prompts, int width, int height, int inputSize) {
        PromptChecks.requireUsable(prompts, width, height);
        double sx = (double) inputSize / width;
        double sy = (double) inputSize / height;
        List<float[]> points = new ArrayList<>();
        Box box = null;
        float[] mask = null;
        for (Prompt p : prompts) {
            if (p instanceof BoxPrompt b) {
                if (box != null) {
                    throw new PromptException("box: SAM2 takes one box per object; got a second box");
                }
                box = PromptChecks.clip(b.box(), width, height);
            } else if (p instanceof PointPrompt pt) {
                PromptChecks.requireInside("point", pt.x(), pt.y(), width, height);
                points.add(new float[] {(float) (pt.x() * sx), (float) (pt.y() * sy), pt.positive() ? POSITIVE : NEGATIVE});
            } else if (p instanceof ScribblePrompt s) {
                for (Point q : ScribbleSampler.sample(s.stroke())) {
                    PromptChecks.requireInside("scribble point", q.x(), q.y(), width, height);
                    points.add(new float[] {(float) (q.x() * sx), (float) (q.y() * sy), s.positive() ? POSITIVE : NEGATIVE});
                }
            } else if (p instanceof ArrowPrompt a) {
                Point head = a.arrow().head();
                PromptChecks.requireInside("arrow head", head.x(), head.y(), width, height);
                points.add(new float[] {(float) (head.x() * sx), (float) (head.y() * sy), POSITIVE});
            } else if (p instanceof MaskPrompt m) {
                mask = maskLogits(m.mask().rle());
            }
        }
        int n = points.size() + (box == null ? 0 : 2);
        float[] coords = new float[2 * n];
        float[] labels = new float[n];
        int k = 0;
        if (box != null) {
            coords[0] = (float) (box.x1() * sx);
            coords[1] = (float) (box.y1() * sy);
            coords[2] = (float) (box.x2() * sx);
            coords[3] = (float) (box.y2() * sy);
            labels[0] = BOX_TOP_LEFT;
            labels[1] = BOX_BOTTOM_RIGHT;
            k = 2;
        }
        for (float[] q : points) {
            coords[2 * k] = q[0];
            coords[2 * k + 1] = q[1];
            labels[k++] = q[2];
        }
        return new Sam2Prompt(coords, labels, mask);
    }

    /** A full-size binary mask as 256×256 logits: the covered fraction of each cell mapped to ±10. */
    static float[] maskLogits(Rle rle) {
        int n = MaskCandidate.LOW_RES;
        float[] frac = LogitsResampler.areaDownsample(rle.toRowMajor(), rle.width(), rle.height(), n);
        for (int i = 0; i < frac.length; i++) {
            frac[i] = (frac[i] * 2 - 1) * MASK_PROMPT_LOGIT;
        }
        return frac;
    }
}
