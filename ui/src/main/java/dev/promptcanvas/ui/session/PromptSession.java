package dev.promptcanvas.ui.session;

import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.prompt.ArrowPrompt;
import dev.promptcanvas.annotations.prompt.BoxPrompt;
import dev.promptcanvas.annotations.prompt.PointPrompt;
import dev.promptcanvas.annotations.prompt.Prompt;
import dev.promptcanvas.annotations.prompt.ScribblePrompt;
import dev.promptcanvas.ui.tools.PreviewShape;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The prompts gathered on the current image since the last accept or discard, in order. Listeners (the segmenter,
 * the prompt inspector) are told after each change.
 */
public final class PromptSession {

    private final List<Prompt> prompts = new ArrayList<>();
    private final List<Consumer<List<Prompt>>> listeners = new ArrayList<>();

    public void add(Prompt prompt) {
        prompts.add(prompt);
        fire();
    }

    public void clear() {
        if (!prompts.isEmpty()) {
            prompts.clear();
            fire();
        }
    }

    /** Removes the last prompt; returns whether there was one. */
    public boolean undoLast() {
        if (prompts.isEmpty()) {
            return false;
        }
        prompts.remove(prompts.size() - 1);
        fire();
        return true;
    }

    public List<Prompt> prompts() {
        return List.copyOf(prompts);
    }

    public boolean isEmpty() {
        return prompts.isEmpty();
    }

    public void addListener(Consumer<List<Prompt>> listener) {
        listeners.add(listener);
    }

    /** The gestures drawn on the canvas: green positive and red negative points and scribbles, yellow boxes. */
    public List<PreviewShape> previews() {
        List<PreviewShape> out = new ArrayList<>();
        for (Prompt p : prompts) {
            if (p instanceof PointPrompt pp) {
                out.add(new PreviewShape(new Point(pp.x(), pp.y()),
                        pp.positive() ? PreviewShape.Style.POSITIVE : PreviewShape.Style.NEGATIVE));
            } else if (p instanceof BoxPrompt b) {
                out.add(new PreviewShape(b.box(), PreviewShape.Style.PROMPT));
            } else if (p instanceof ScribblePrompt s) {
                out.add(new PreviewShape(s.stroke(),
                        s.positive() ? PreviewShape.Style.POSITIVE : PreviewShape.Style.NEGATIVE));
            } else if (p instanceof ArrowPrompt a) {
                out.add(new PreviewShape(a.arrow(), PreviewShape.Style.PROMPT));
            }
        }
        return out;
    }

    private void fire() {
        List<Prompt> snapshot = prompts();
        listeners.forEach(l -> l.accept(snapshot));
    }
}
