package dev.promptcanvas.ui.assistant;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.geometry.Geometry;
import dev.promptcanvas.annotations.geometry.Mask;
import dev.promptcanvas.annotations.geometry.Point;
import dev.promptcanvas.annotations.model.Caption;
import dev.promptcanvas.annotations.model.ReferringExpression;
import dev.promptcanvas.annotations.model.Source;
import dev.promptcanvas.annotations.prompt.PromptRecord;
import dev.promptcanvas.inference.vlm.task.PhraseSuggestion;
import java.util.ArrayList;
import java.util.List;

/**
 * Something a model proposed and a person has not yet accepted or rejected: nothing of it is stored until
 * {@link SuggestionCommands} turns it into one store command. Each kind knows its source (the model), the image it
 * belongs to and the shapes to draw on the canvas while it is pending.
 */
public sealed interface Suggestion {

    /** The image the suggestion is about. */
    long imageId();

    /** Who proposed it ({@code model:<model>@<endpoint>}). */
    Source source();

    /** A one-line title for the list ("Region caption", "Expression → 2 targets"). */
    String title();

    /** The proposed text or a short description of it. */
    String detail();

    /** The shapes drawn (dashed) on the canvas while the suggestion is pending. */
    List<Geometry> shapes();

    /** A caption for an existing region (Osprey-style), stored in its {@code caption} attributes on accept. */
    record RegionCaption(long imageId, long annotationId, Geometry region, String caption, Source source)
            implements Suggestion {
        @Override
        public String title() {
            return "Region caption for #" + annotationId;
        }

        @Override
        public String detail() {
            return caption;
        }

        @Override
        public List<Geometry> shapes() {
            return List.of(region);
        }
    }

    /** A referring expression whose targets are existing annotations; no targets is an explicit "no target". */
    record Expression(ReferringExpression expression, List<Geometry> targets, Source source) implements Suggestion {
        public Expression {
            targets = List.copyOf(targets);
        }

        @Override
        public long imageId() {
            return expression.imageId();
        }

        @Override
        public String title() {
            return expression.isNoTarget() ? "Expression: no target"
                    : "Expression → " + expression.targetIds().size() + (expression.targetIds().size() == 1
                    ? " target" : " targets") + " " + expression.targetIds();
        }

        @Override
        public String detail() {
            return "\u201c" + expression.text() + "\u201d";
        }

        @Override
        public List<Geometry> shapes() {
            return targets;
        }
    }

    /**
     * A mask made by the segmenter from the box and points a model answered to a query (Seg-Zero-style).
     *
     * @param record the segmenter's prompt record draft (id 0)
     */
    record SegmentMask(long imageId, Mask mask, Double score, PromptRecord record, String query, Box box,
                       List<Point> points, Source source) implements Suggestion {
        public SegmentMask {
            points = List.copyOf(points);
        }

        @Override
        public String title() {
            return "Mask from " + record.modelId() + (score == null ? "" : String.format(java.util.Locale.ROOT,
                    " (score %.2f)", score));
        }

        @Override
        public String detail() {
            return "\u201c" + query + "\u201d: " + (box == null ? "no box" : "box") + " + " + points.size()
                    + (points.size() == 1 ? " point" : " points") + ", " + mask.rle().area() + " px";
        }

        @Override
        public List<Geometry> shapes() {
            List<Geometry> out = new ArrayList<>();
            out.add(mask);
            if (box != null) {
                out.add(box);
            }
            out.addAll(points);
            return out;
        }
    }

    /**
     * A caption with grounded phrases; each phrase's boxes become new regions on accept.
     *
     * @param caption the caption draft, or null when the answer held boxes but no caption text (boxes only)
     */
    record GroundedCaption(long imageId, Caption caption, List<PhraseSuggestion> phrases, Source source)
            implements Suggestion {
        public GroundedCaption {
            phrases = List.copyOf(phrases);
        }

        @Override
        public String title() {
            int boxes = phrases.stream().mapToInt(p -> p.boxes().size()).sum();
            return "Grounded caption: " + phrases.size() + (phrases.size() == 1 ? " phrase, " : " phrases, ") + boxes
                    + (boxes == 1 ? " box" : " boxes");
        }

        @Override
        public String detail() {
            StringBuilder sb = new StringBuilder(caption == null ? "(no caption text; boxes only)" : caption.text());
            for (PhraseSuggestion p : phrases) {
                sb.append("\n  \u2022 ").append(p.phrase()).append(p.inCaption() || caption == null ? ""
                        : " (not in the caption)")
                        .append(": ").append(p.boxes().size()).append(p.boxes().size() == 1 ? " box" : " boxes");
            }
            return sb.toString();
        }

        @Override
        public List<Geometry> shapes() {
            List<Geometry> out = new ArrayList<>();
            phrases.forEach(p -> out.addAll(p.boxes()));
            return out;
        }
    }
}
