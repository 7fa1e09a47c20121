package dev.promptcanvas.annotations.model;

/**
 * A preference pair from the prompt lab (one region and question, the answer a person marked best and the one
 * marked worst), kept as the JSON object that is exported as one JSONL line for reward-model or DPO training.
 *
 * @param payload a JSON object (the store refuses anything else)
 */
public record PreferenceRecord(long id, long imageId, String payload) {

    public PreferenceRecord {
        if (payload == null || payload.isBlank()) {
            throw new IllegalArgumentException("preference pair: payload is required");
        }
    }

    public PreferenceRecord withId(long newId) {
        return new PreferenceRecord(newId, imageId, payload);
    }
}
