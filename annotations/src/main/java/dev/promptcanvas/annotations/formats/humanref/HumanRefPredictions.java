package dev.promptcanvas.annotations.formats.humanref;

import com.fasterxml.jackson.databind.JsonNode;
import dev.promptcanvas.annotations.formats.FormatException;
import dev.promptcanvas.annotations.formats.support.InvalidFieldException;
import dev.promptcanvas.annotations.formats.support.JsonLinesReader;
import dev.promptcanvas.annotations.formats.support.JsonNodes;
import dev.promptcanvas.annotations.formats.support.Problems;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A HumanRef predictions file ({@code id, extracted_predictions}) as read for evaluation. Each prediction is a list
 * of boxes {x1, y1, x2, y2}, or - in point mode - of points {x, y}. The mode is the file's: set by the first
 * non-empty prediction, as RexSeek's metric script does; a later entry of the other kind is an error.
 *
 * @param pointMode true when predictions are points
 * @param items the predictions in file order
 */
public record HumanRefPredictions(boolean pointMode, List<Item> items) {

    /** One line: the ground-truth record's id and the predicted boxes or points (empty: "no one"). */
    public record Item(String id, int line, List<double[]> values) {
        public Item {
            values = List.copyOf(values);
        }
    }

    public HumanRefPredictions {
        items = List.copyOf(items);
    }

    /** Reads the file; the first bad line fails the read, naming the line and field. */
    public static HumanRefPredictions read(Path file) throws FormatException, IOException {
        List<Item> items = new ArrayList<>();
        int[] mode = {0};
        int[] modeLine = {0};
        JsonLinesReader.read(file, new Problems(false), (line, node) -> {
            String id = HumanRefJson.id(node);
            JsonNode list = JsonNodes.required(node, "extracted_predictions", "");
            if (!list.isArray()) {
                throw new InvalidFieldException("extracted_predictions", "must be a list of boxes or points, got "
                        + JsonNodes.describe(list));
            }
            List<double[]> values = new ArrayList<>();
            boolean emptyMarker = list.size() == 1 && list.get(0).isArray() && list.get(0).isEmpty();
            for (int i = 0; !emptyMarker && i < list.size(); i++) {
                String path = "extracted_predictions[" + i + "]";
                JsonNode v = list.get(i);
                int n = v.isArray() ? v.size() : -1;
                if (mode[0] == 0 && (n == 2 || n == 4)) {
                    mode[0] = n;
                    modeLine[0] = line;
                }
                if (n != mode[0]) {
                    throw new InvalidFieldException(path, "expected " + (mode[0] == 2 ? "a point [x, y]"
                            : "a box [x1, y1, x2, y2]") + (modeLine[0] > 0 ? " (the file's mode, set on line "
                            + modeLine[0] + ")" : "") + ", got " + (n < 0 ? JsonNodes.describe(v) : n + " values"));
                }
                if (n == 4) {
                    HumanRefJson.box(v, path);
                }
                values.add(HumanRefJson.numbers(v, path, n));
            }
            items.add(new Item(id, line, values));
        });
        return new HumanRefPredictions(mode[0] == 2, items);
    }
}
