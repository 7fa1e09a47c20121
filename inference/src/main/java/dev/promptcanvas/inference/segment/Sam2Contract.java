package dev.promptcanvas.inference.segment;

import dev.promptcanvas.inference.models.ModelException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The samexporter SAM2 ONNX contract (see docs SAM2.md): checks an encoder/decoder pair's signatures and tells the
 * decoder variant (7 inputs, low-res masks; or 8 with {@code orig_im_size}, full-size masks).
 */
final class Sam2Contract {

    static final String IMAGE = "image";
    static final String IMAGE_EMBED = "image_embed";
    static final String HIGH_RES_0 = "high_res_feats_0";
    static final String HIGH_RES_1 = "high_res_feats_1";
    static final String POINT_COORDS = "point_coords";
    static final String POINT_LABELS = "point_labels";
    static final String MASK_INPUT = "mask_input";
    static final String HAS_MASK_INPUT = "has_mask_input";
    static final String ORIG_IM_SIZE = "orig_im_size";
    static final String MASKS = "masks";
    static final String IOU = "iou_predictions";
    static final List<String> FEATURES = List.of(IMAGE_EMBED, HIGH_RES_0, HIGH_RES_1);
    static final List<String> DECODER_INPUTS = List.of(IMAGE_EMBED, HIGH_RES_0, HIGH_RES_1, POINT_COORDS,
            POINT_LABELS, MASK_INPUT, HAS_MASK_INPUT);

    private Sam2Contract() {
    }

    /** The encoder's square input size (from its static shape, else {@code fallback}). */
    static int checkEncoder(Path file, OnnxSignature sig, int fallback) {
        compare(file, "encoder", sig.inputNames(), List.of(IMAGE), List.of());
        List<String> missingOut = new ArrayList<>(FEATURES);
        missingOut.removeAll(sig.outputNames());
        if (!missingOut.isEmpty()) {
            throw new ModelException(file + ": not a SAM2 encoder: missing output " + quote(missingOut)
                    + " (outputs are " + quote(sig.outputNames()) + ")");
        }
        long[] shape = sig.input(IMAGE).orElseThrow().shape();
        if (shape.length != 4 || (shape[1] > 0 && shape[1] != 3)) {
            throw new ModelException(file + ": SAM2 encoder input 'image' must be [1,3,S,S], got "
                    + java.util.Arrays.toString(shape));
        }
        return shape[2] > 0 ? (int) shape[2] : fallback;
    }

    /** Checks the decoder; returns the element type of {@code orig_im_size}, or 0 for the 7-input variant. */
    static int checkDecoder(Path file, OnnxSignature sig) {
        compare(file, "decoder", sig.inputNames(), DECODER_INPUTS, List.of(ORIG_IM_SIZE));
        for (String out : List.of(MASKS, IOU)) {
            if (!sig.outputNames().contains(out)) {
                throw new ModelException(file + ": not a SAM2 decoder: missing output '" + out + "' (outputs are "
                        + quote(sig.outputNames()) + ")");
            }
        }
        return sig.input(ORIG_IM_SIZE).map(OnnxSignature.Value::elemType).orElse(0);
    }

    private static void compare(Path file, String role, List<String> actual, List<String> required,
                                List<String> optional) {
        Set<String> missing = new LinkedHashSet<>(required);
        missing.removeAll(actual);
        Set<String> unexpected = new LinkedHashSet<>(actual);
        unexpected.removeAll(required);
        unexpected.removeAll(optional);
        if (missing.isEmpty() && unexpected.isEmpty()) {
            return;
        }
        StringBuilder sb = new StringBuilder(file + ": not a SAM2 " + role + " (samexporter contract):");
        if (!missing.isEmpty()) {
            sb.append(" missing input ").append(quote(missing)).append(';');
        }
        if (!unexpected.isEmpty()) {
            sb.append(" unexpected input ").append(quote(unexpected)).append(';');
        }
        sb.append(" expected ").append(quote(required));
        if (!optional.isEmpty()) {
            sb.append(" (optionally ").append(quote(optional)).append(')');
        }
        throw new ModelException(sb.toString());
    }

    private static String quote(java.util.Collection<String> names) {
        return names.stream().map(n -> "'" + n + "'").reduce((a, b) -> a + ", " + b).orElse("none");
    }
}
