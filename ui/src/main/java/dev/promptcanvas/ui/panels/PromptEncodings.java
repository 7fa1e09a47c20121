package dev.promptcanvas.ui.panels;

import dev.promptcanvas.annotations.geometry.Box;
import dev.promptcanvas.annotations.model.Annotation;
import dev.promptcanvas.annotations.model.ImageRecord;
import dev.promptcanvas.inference.encode.EncodeRequest;
import dev.promptcanvas.inference.encode.ImageSize;
import dev.promptcanvas.inference.encode.RegionFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The selected region written in every MLLM region dialect. The selected annotation is region 0; the image's other
 * annotations follow as further candidates (ChatRex/RexSeek index lists, Set-of-Mark numbers).
 */
final class PromptEncodings {

    private PromptEncodings() {
    }

    static Map<RegionFormat, String> encode(ImageRecord img, Annotation selected, List<Annotation> all,
                                            LongFunction<String> labelOf) {
        List<Annotation> ordered = ordered(selected, all);
        List<Box> boxes = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (Annotation a : ordered) {
            boxes.add(a.geometry().bounds());
            labels.add(labelOf.apply(a.categoryId()));
        }
        ImageSize size = new ImageSize(img.width(), img.height());
        Map<RegionFormat, String> out = new LinkedHashMap<>();
        for (RegionFormat f : RegionFormat.values()) {
            boolean candidates = f == RegionFormat.CHATREX || f == RegionFormat.REXSEEK;
            List<Box> used = candidates ? boxes : boxes.subList(0, 1);
            List<String> usedLabels = candidates ? labels : labels.subList(0, 1);
            EncodeRequest request = new EncodeRequest(size, used, List.of(), usedLabels,
                    candidates ? labels.get(0) : null);
            try {
                out.put(f, f.codec().encode(request).text());
            } catch (RuntimeException e) {
                out.put(f, "(cannot encode: " + e.getMessage() + ")");
            }
        }
        return out;
    }

    /** The selected annotation first, then the others in their order. */
    static List<Annotation> ordered(Annotation selected, List<Annotation> all) {
        List<Annotation> out = new ArrayList<>();
        out.add(selected);
        for (Annotation a : all) {
            if (a.id() != selected.id()) {
                out.add(a);
            }
        }
        return out;
    }
}
