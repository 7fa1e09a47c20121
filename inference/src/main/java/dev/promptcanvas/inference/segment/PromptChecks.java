package dev.promptcanvas.inference.segment;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.prompt.MaskPrompt;
import dev.promptcanvas.annotations.prompt.Prompt;
import dev.promptcanvas.annotations.prompt.TextPrompt;
import java.util.List;

/** Checks shared by the segmenters: no empty prompt list, nothing outside the image, no text. */
final class PromptChecks {

    private PromptChecks() {
    }

    static void requireUsable(List<Prompt> prompts, int width, int height) {
        if (prompts == null || prompts.isEmpty()) {
            throw new PromptException("empty prompt: give at least one point, box, scribble or arrow");
        }
        boolean spatial = false;
        for (Prompt p : prompts) {
            if (p instanceof TextPrompt) {
                throw new PromptException("text prompt: a segmenter needs points, boxes, scribbles or arrows "
                        + "(use a VLM task to turn text into a box)");
            }
            if (p instanceof MaskPrompt m) {
                if (m.mask().width() != width || m.mask().height() != height) {
                    throw new PromptException("mask prompt: mask is " + m.mask().width() + "x" + m.mask().height()
                            + " but the image is " + width + "x" + height);
                }
            } else {
                spatial = true;
            }
        }
        if (!spatial) {
            throw new PromptException("mask prompt alone: add at least one point, box, scribble or arrow to refine it");
        }
    }

    static void requireInside(String what, double x, double y, int width, int height) {
        if (!(x >= 0 && x <= width && y >= 0 && y <= height)) {
            throw new PromptException(what + " (" + x + ", " + y + ") is outside the image (0..." + width + ", 0..."
                    + height + ")");
        }
    }

    /** The box clipped to the image; fails when nothing of it is inside or it has no area. */
    static Box clip(Box b, int width, int height) {
        double x1 = Math.max(0, b.x1());
        double y1 = Math.max(0, b.y1());
        double x2 = Math.min(width, b.x2());
        double y2 = Math.min(height, b.y2());
        if (x2 <= x1 || y2 <= y1) {
            throw new PromptException("box (" + b.x1() + ", " + b.y1() + ")-(" + b.x2() + ", " + b.y2()
                    + ") has no area inside the image (" + width + "x" + height + ")");
        }
        return new Box(x1, y1, x2, y2);
    }
}
