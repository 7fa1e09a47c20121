package dev.promptcanvas.annotations.formats.chatrex;

import dev.promptcanvas.annotations.model.GroundedPhrase;
import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/** The text of ChatRex/RexSeek turns: the object-token question and {@code <ground>/<objects>} answers. */
final class ChatRexText {

    private ChatRexText() {
    }

    /** {@code <image>\n<obj0><objfeat><obj1><objfeat>...\n} followed by the instruction. */
    static String question(int candidates, String instruction) {
        StringBuilder s = new StringBuilder("<image>\n");
        for (int i = 0; i < candidates; i++) {
            s.append("<obj").append(i).append("><objfeat>");
        }
        return s.append('\n').append(instruction).toString();
    }

    /** {@code <ground>phrase</ground><objects><objI><objJ></objects>}, or {@code <objects>None</objects>}. */
    static String ground(String phrase, List<Integer> indexes) {
        StringBuilder s = new StringBuilder("<ground>").append(phrase).append("</ground><objects>");
        if (indexes.isEmpty()) {
            s.append("None");
        }
        for (int i : indexes) {
            s.append("<obj").append(i).append('>');
        }
        return s.append("</objects>").toString();
    }

    /**
     * The caption with each grounded phrase replaced by its {@code <ground>...</ground><objects>...</objects>};
     * a phrase overlapping an earlier one is left as plain text.
     */
    static String groundedCaption(String text, List<GroundedPhrase> phrases, ToIntFunction<Long> index) {
        StringBuilder s = new StringBuilder();
        int at = 0;
        for (GroundedPhrase p : phrases) {
            if (p.start() < at || p.end() > text.length() || p.start() == p.end()) {
                continue;
            }
            List<Integer> indexes = new ArrayList<>();
            for (long id : p.annotationIds()) {
                indexes.add(index.applyAsInt(id));
            }
            indexes.sort(null);
            s.append(text, at, p.start()).append(ground(text.substring(p.start(), p.end()), indexes));
            at = p.end();
        }
        return s.append(text.substring(at)).toString();
    }
}
