package dev.promptcanvas.annotations.prompt;

import java.util.List;

/**
 * Provenance of a model-made annotation: the prompts in order, the model that answered, the candidate chosen and
 * its score, and the manual edits made afterwards. Lets an annotation be replayed, audited and exported.
 *
 * @param id the record id (0 before it is stored)
 * @param imageId the image the prompts were made on
 * @param prompts the prompts, in the order they were given
 * @param modelId the model's id (e.g. "sam2.1-tiny", "classic-grabcut")
 * @param modelVersion the model's version or checksum prefix
 * @param chosenCandidate index of the candidate the person kept
 * @param score the model's score for that candidate (predicted IoU), or null
 * @param edits manual edits after the model's answer
 */
public record PromptRecord(long id, long imageId, List<Prompt> prompts, String modelId, String modelVersion,
                           int chosenCandidate, Double score, List<ManualEdit> edits) {

    public PromptRecord {
        prompts = prompts == null ? List.of() : List.copyOf(prompts);
        edits = edits == null ? List.of() : List.copyOf(edits);
        if (modelId == null || modelId.isBlank()) {
            throw new IllegalArgumentException("prompt record: model id is required");
        }
        if (chosenCandidate < 0) {
            throw new IllegalArgumentException("prompt record: chosen candidate is negative");
        }
    }

    public PromptRecord withId(long newId) {
        return new PromptRecord(newId, imageId, prompts, modelId, modelVersion, chosenCandidate, score, edits);
    }
}
