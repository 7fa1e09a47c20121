package dev.promptcanvas.annotations.formats.humanref;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.mask.Rle;
import java.util.List;

/**
 * One line of a HumanRef ground-truth file: a referring expression on an image, the candidate person boxes, the
 * answer boxes (empty for the rejection domain) and, when given, one mask per answer box. Boxes are xyxy in pixels.
 *
 * @param id the record's id as text (numbers and strings alike)
 * @param line the line of the file it came from (1-based; 0 when not read from a file)
 * @param answerMasks one mask per answer box, or empty when the file has none
 */
public record HumanRefRecord(String id, int line, String imageName, String referring, String domain,
                             String subDomain, List<Box> candidates, List<Box> answers, List<Rle> answerMasks) {

    public HumanRefRecord {
        candidates = List.copyOf(candidates);
        answers = List.copyOf(answers);
        answerMasks = answerMasks == null ? List.of() : List.copyOf(answerMasks);
        if (!answerMasks.isEmpty() && answerMasks.size() != answers.size()) {
            throw new IllegalArgumentException("HumanRef record " + id + ": " + answerMasks.size() + " masks for "
                    + answers.size() + " answer boxes");
        }
    }

    /** Whether the expression refers to nobody (HumanRef's rejection items). */
    public boolean isRejection() {
        return answers.isEmpty();
    }
}
