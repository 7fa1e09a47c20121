package dev.promptcanvas.inference.vlm.task;

import java.util.Map;

/**
 * Every prompt the VLM tasks send, in one place, following the published ones; placeholders in braces are filled
 * per request. Override any of them with the {@code with...} methods (a settings page, an experiment).
 *
 * @param regionCaption      Osprey-style short region caption; {region} = the visual prompt's phrase ("within the
 *                           red rectangle")
 * @param grounding          ChatRex / RexSeek detection question; {query} = what to find
 * @param groundingMarks     Set-of-Mark candidates; {count}, {question}, {query}
 * @param groundingIndexList candidates as an index list; {candidates}, {question}, {query}
 * @param reasoning          Seg-Zero's box-and-points question; {query}
 * @param groundedCaptionQwen grounded caption for Qwen2.5-VL-like models (bbox_2d JSON)
 * @param groundedCaptionKosmos2 KOSMOS-2's grounding prompt
 */
public record PromptTemplates(String regionCaption, String grounding, String groundingMarks,
                              String groundingIndexList, String reasoning, String groundedCaptionQwen,
                              String groundedCaptionKosmos2) {

    /** Osprey's short-description wording, with the mark's phrase in place of its region tokens. */
    public static final String REGION_CAPTION = "Give me a short description of the region {region}.";
    /** RexSeek's {@code --question-template} (ChatRex uses the same detection wording). */
    public static final String GROUNDING = "Please detect {query} in this image. Answer the question with object"
            + " indexes.";
    public static final String GROUNDING_MARKS = "The image shows {count} candidate objects, each outlined and"
            + " labelled with a number from 1 to {count}. {question} Write the matching objects with their numbers"
            + " as <ground>{query}</ground><objects><obj1><obj3></objects>, or answer None if no object matches.";
    public static final String GROUNDING_INDEX_LIST = "The candidate objects are listed as <objN> followed by their"
            + " box [x1, y1, x2, y2] in pixels of the image:\n{candidates}\n{question} Answer as"
            + " <ground>{query}</ground><objects><obj0><obj2></objects>, or answer None if no object matches.";
    /** Seg-Zero's {@code QUESTION_TEMPLATE} (one object: a box and two inscribed-circle centres). */
    public static final String REASONING = "Please find \"{query}\" with bbox and points."
            + "Compare the difference between objects and find the most closely matched one."
            + "Output the thinking process in <think> </think> and final answer in <answer> </answer> tags."
            + "Output the one bbox and center points of two largest inscribed circles inside the interested object"
            + " in JSON format."
            + "i.e., <think> thinking process here </think>"
            + "<answer>{\"bbox\": [10,100,200,210], \"points_1\": [30,110], \"points_2\": [35,180]}</answer>";
    public static final String GROUNDED_CAPTION_QWEN = "Describe this image in one or two sentences. Then locate"
            + " every object your description mentions and output their bbox coordinates in JSON format, using the"
            + " exact words of the description as each label.";
    /** KOSMOS-2's grounded-caption prompt. */
    public static final String GROUNDED_CAPTION_KOSMOS2 = "<grounding> An image of";

    public PromptTemplates {
        for (String t : new String[] {regionCaption, grounding, groundingMarks, groundingIndexList, reasoning,
            groundedCaptionQwen, groundedCaptionKosmos2}) {
            if (t == null || t.isBlank()) {
                throw new IllegalArgumentException("prompt templates: every template must be set");
            }
        }
    }

    public static PromptTemplates defaults() {
        return new PromptTemplates(REGION_CAPTION, GROUNDING, GROUNDING_MARKS, GROUNDING_INDEX_LIST, REASONING,
                GROUNDED_CAPTION_QWEN, GROUNDED_CAPTION_KOSMOS2);
    }

    public PromptTemplates withRegionCaption(String t) {
        return new PromptTemplates(t, grounding, groundingMarks, groundingIndexList, reasoning, groundedCaptionQwen,
                groundedCaptionKosmos2);
    }

    public PromptTemplates withGrounding(String t) {
        return new PromptTemplates(regionCaption, t, groundingMarks, groundingIndexList, reasoning,
                groundedCaptionQwen, groundedCaptionKosmos2);
    }

    public PromptTemplates withReasoning(String t) {
        return new PromptTemplates(regionCaption, grounding, groundingMarks, groundingIndexList, t,
                groundedCaptionQwen, groundedCaptionKosmos2);
    }

    public PromptTemplates withGroundedCaptionQwen(String t) {
        return new PromptTemplates(regionCaption, grounding, groundingMarks, groundingIndexList, reasoning, t,
                groundedCaptionKosmos2);
    }

    public PromptTemplates withGroundedCaptionKosmos2(String t) {
        return new PromptTemplates(regionCaption, grounding, groundingMarks, groundingIndexList, reasoning,
                groundedCaptionQwen, t);
    }

    /** Replaces each {name} by its value (names not given stay as written). */
    public static String fill(String template, Map<String, String> values) {
        String out = template;
        for (Map.Entry<String, String> e : values.entrySet()) {
            out = out.replace("{" + e.getKey() + "}", e.getValue() == null ? "" : e.getValue());
        }
        return out;
    }
}
