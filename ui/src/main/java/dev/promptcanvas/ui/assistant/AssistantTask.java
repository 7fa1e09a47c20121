package dev.promptcanvas.ui.assistant;

/** The four things the assistant can ask a model, with the names the panel shows. */
public enum AssistantTask {
    REGION_CAPTION("Region caption", "Describe the selected region, drawn as a visual prompt (Osprey-style)."),
    FIND_BY_EXPRESSION("Find by expression", "Pick the existing regions that match a description (ChatRex/RexSeek"
            + " index grounding)."),
    REASONING_SEGMENTATION("Reasoning segmentation", "Answer a free-text query with a box and points, segmented"
            + " into a mask (Seg-Zero-style)."),
    GROUNDED_CAPTION("Grounded caption", "Caption the image with phrases linked to boxes (KOSMOS-2 / GRIT-style).");

    private final String label;
    private final String help;

    AssistantTask(String label, String help) {
        this.label = label;
        this.help = help;
    }

    public String label() {
        return label;
    }

    /** One sentence on what the task does. */
    public String help() {
        return help;
    }

    @Override
    public String toString() {
        return label;
    }
}
