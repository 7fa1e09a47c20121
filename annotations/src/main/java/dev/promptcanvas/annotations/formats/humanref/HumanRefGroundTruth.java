package dev.promptcanvas.annotations.formats.humanref;

import com.fasterxml.jackson.databind.JsonNode;
import dev.promptcanvas.annotations.formats.FormatException;
import dev.promptcanvas.annotations.formats.support.InvalidFieldException;
import dev.promptcanvas.annotations.formats.support.JsonLinesReader;
import dev.promptcanvas.annotations.formats.support.JsonNodes;
import dev.promptcanvas.annotations.formats.support.Problems;
import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.mask.Rle;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a HumanRef ground-truth JSON Lines file into {@link HumanRefRecord}s (for import and for evaluation). */
public final class HumanRefGroundTruth {

    private HumanRefGroundTruth() {
    }

    /** Every record of the file; the first bad line fails the read, naming the line and field. */
    public static List<HumanRefRecord> read(Path file) throws FormatException, IOException {
        return read(file, new Problems(false));
    }

    /** Every good record of the file; bad lines go to {@code problems}. */
    public static List<HumanRefRecord> read(Path file, Problems problems) throws FormatException, IOException {
        List<HumanRefRecord> records = new ArrayList<>();
        JsonLinesReader.read(file, problems, (line, node) -> records.add(parse(node, line)));
        return records;
    }

    static HumanRefRecord parse(JsonNode node, int line) throws InvalidFieldException {
        String id = HumanRefJson.id(node);
        String image = JsonNodes.nonBlankText(JsonNodes.required(node, "image_name", ""), "image_name");
        String referring = JsonNodes.nonBlankText(JsonNodes.required(node, "referring", ""), "referring");
        String domain = optionalText(node, "domain");
        String subDomain = optionalText(node, "sub_domain");
        List<Box> candidates = HumanRefJson.boxes(JsonNodes.required(node, "candidate_boxes", ""),
                "candidate_boxes");
        JsonNode answerNode = JsonNodes.optional(node, "answer_boxes");
        List<Box> answers = answerNode == null ? List.of() : HumanRefJson.boxes(answerNode, "answer_boxes");
        List<Rle> masks = new ArrayList<>();
        JsonNode segs = JsonNodes.optional(node, "answer_segmentations");
        if (segs != null) {
            if (!segs.isArray()) {
                throw new InvalidFieldException("answer_segmentations", "must be a list of COCO RLE objects, got "
                        + JsonNodes.describe(segs));
            }
            for (int i = 0; i < segs.size(); i++) {
                if (!segs.get(i).isNull()) {
                    masks.add(HumanRefJson.rle(segs.get(i), "answer_segmentations[" + i + "]"));
                }
            }
            if (!masks.isEmpty() && masks.size() != answers.size()) {
                throw new InvalidFieldException("answer_segmentations", masks.size() + " masks for "
                        + answers.size() + " answer boxes");
            }
            for (int i = 1; i < masks.size(); i++) {
                if (masks.get(i).height() != masks.get(0).height() || masks.get(i).width() != masks.get(0).width()) {
                    throw new InvalidFieldException("answer_segmentations[" + i + "].size", "differs from the"
                            + " first mask's size");
                }
            }
        }
        return new HumanRefRecord(id, line, image.replace('\\', '/'), referring, domain, subDomain, candidates,
                answers, masks);
    }

    private static String optionalText(JsonNode node, String name) throws InvalidFieldException {
        JsonNode v = JsonNodes.optional(node, name);
        return v == null ? null : JsonNodes.text(v, name);
    }
}
