package dev.promptcanvas.inference.vlm.lab;

import dev.promptcanvas.annotations.geometry.Geometry;
import java.time.Instant;

/**
 * A person's preference between two prompt-lab answers to the same region and question: the image, the region,
 * the question, and for the chosen and the rejected answer the style, the prompt text, the digest of the image
 * shown and the answer; plus the model and when. Written as JSONL for reward-model / DPO training.
 */
public record PreferencePair(String imagePath, String imageSha256, Geometry region, String question,
                             Choice chosen, Choice rejected, String model, String endpoint, Instant timestamp) {

    /** One side of the pair. */
    public record Choice(String style, String prompt, String imageSha256, String answer, long latencyMs) {

        public Choice {
            if (style == null || prompt == null || answer == null) {
                throw new IllegalArgumentException("preference choice: style, prompt and answer are required");
            }
        }

        /** The lab run as a choice; the run must have succeeded. */
        public static Choice of(LabRun run) {
            if (!run.succeeded()) {
                throw new IllegalArgumentException("preference choice: style " + run.style().id()
                        + " has no answer (" + run.error() + ")");
            }
            return new Choice(run.style().id(), run.result().promptText(), run.result().imageSha256(),
                    run.result().rawAnswer(), run.latencyMs());
        }
    }

    public PreferencePair {
        if (region == null || question == null || chosen == null || rejected == null || model == null) {
            throw new IllegalArgumentException("preference pair: region, question, chosen, rejected and model are"
                    + " required");
        }
        if (chosen.equals(rejected)) {
            throw new IllegalArgumentException("preference pair: chosen and rejected are the same answer");
        }
        timestamp = timestamp == null ? Instant.now() : timestamp;
    }
}
