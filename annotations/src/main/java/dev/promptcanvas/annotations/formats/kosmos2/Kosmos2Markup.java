package dev.promptcanvas.annotations.formats.kosmos2;

import dev.promptcanvas.annotations.formats.support.InvalidFieldException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * KOSMOS-2 grounded text: {@code <grounding>} (optional), then text in which a grounded phrase is written
 * {@code <phrase>text</phrase><object><patch_index_AAAA><patch_index_BBBB></object>}, several boxes separated by
 * {@code </delimiter_of_multi_objects/>} inside one object.
 */
final class Kosmos2Markup {

    static final String GROUNDING = "<grounding>";
    static final String DELIMITER = "</delimiter_of_multi_objects/>";

    private static final Pattern TAG = Pattern.compile(
            "<(phrase|/phrase|object|/object|patch_index_(\\d{4})|/delimiter_of_multi_objects/)>");

    private Kosmos2Markup() {
    }

    /** Markup for a caption; phrases must be in span order and must not overlap. */
    static String write(GroundedText grounded, boolean groundingPrefix) {
        String text = grounded.text();
        StringBuilder s = new StringBuilder(groundingPrefix ? GROUNDING : "");
        int at = 0;
        for (GroundedText.Phrase p : grounded.phrases()) {
            s.append(text, at, p.start()).append("<phrase>").append(text, p.start(), p.end()).append("</phrase>")
                    .append("<object>");
            for (int i = 0; i < p.boxes().size(); i++) {
                if (i > 0) {
                    s.append(DELIMITER);
                }
                s.append(PatchTokens.token(p.boxes().get(i)[0])).append(PatchTokens.token(p.boxes().get(i)[1]));
            }
            s.append("</object>");
            at = p.end();
        }
        return s.append(text, at, text.length()).toString();
    }

    /**
     * The caption and phrases of a markup string. Phrase spans leave out white space at the phrase's ends; the
     * caption is trimmed. A phrase not followed by an object is kept as plain text.
     */
    static GroundedText parse(String markup, String field) throws InvalidFieldException {
        String m = markup.startsWith(GROUNDING) ? markup.substring(GROUNDING.length()) : markup;
        StringBuilder text = new StringBuilder();
        List<GroundedText.Phrase> phrases = new ArrayList<>();
        Matcher t = TAG.matcher(m);
        int at = 0;
        int phraseStart = -1;
        int[] lastPhrase = null;
        while (t.find()) {
            String between = m.substring(at, t.start());
            String tag = t.group(1);
            at = t.end();
            if (tag.equals("phrase")) {
                text.append(between);
                requireOutside(phraseStart, t, field);
                phraseStart = text.length();
                lastPhrase = null;
            } else if (tag.equals("/phrase")) {
                text.append(between);
                if (phraseStart < 0) {
                    throw new InvalidFieldException(field, "</phrase> at character " + t.start() + " closes no phrase");
                }
                lastPhrase = trimmed(text, phraseStart, t, field);
                phraseStart = -1;
            } else if (tag.equals("object")) {
                if (lastPhrase == null || !between.isBlank()) {
                    throw new InvalidFieldException(field, "<object> at character " + t.start()
                            + " does not follow a </phrase>");
                }
                List<int[]> boxes = new ArrayList<>();
                at = readObject(m, t, boxes, field);
                phrases.add(new GroundedText.Phrase(lastPhrase[0], lastPhrase[1], boxes));
                lastPhrase = null;
            } else {
                throw new InvalidFieldException(field, "<" + tag + "> at character " + t.start()
                        + " lies outside an <object>");
            }
        }
        if (phraseStart >= 0) {
            throw new InvalidFieldException(field, "a <phrase> is never closed");
        }
        text.append(m.substring(at));
        return trim(text.toString(), phrases);
    }

    private static void requireOutside(int phraseStart, Matcher t, String field) throws InvalidFieldException {
        if (phraseStart >= 0) {
            throw new InvalidFieldException(field, "<phrase> at character " + t.start() + " opens inside a phrase");
        }
    }

    private static int[] trimmed(StringBuilder text, int start, Matcher t, String field)
            throws InvalidFieldException {
        int s = start;
        int e = text.length();
        while (s < e && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s == e) {
            throw new InvalidFieldException(field, "the phrase ending at character " + t.start() + " is empty");
        }
        return new int[] {s, e};
    }

    /** Reads patch pairs up to {@code </object>}; returns where the text goes on. */
    private static int readObject(String m, Matcher t, List<int[]> boxes, String field) throws InvalidFieldException {
        List<Integer> pending = new ArrayList<>();
        int at = t.end();
        while (t.find()) {
            if (!m.substring(at, t.start()).isBlank()) {
                throw new InvalidFieldException(field, "text inside <object> at character " + at);
            }
            at = t.end();
            String tag = t.group(1);
            if (t.group(2) != null) {
                pending.add(Integer.parseInt(t.group(2)));
                if (pending.size() > 2) {
                    throw new InvalidFieldException(field, "more than two patch indexes for one box at character "
                            + t.start());
                }
            } else if (tag.equals("/delimiter_of_multi_objects/") || tag.equals("/object")) {
                if (pending.size() != 2) {
                    throw new InvalidFieldException(field, "a box needs two patch indexes, got " + pending.size()
                            + " before character " + t.start());
                }
                if (pending.get(0) >= PatchTokens.GRID * PatchTokens.GRID
                        || pending.get(1) >= PatchTokens.GRID * PatchTokens.GRID) {
                    throw new InvalidFieldException(field, "patch index " + Math.max(pending.get(0), pending.get(1))
                            + " is outside 0.." + (PatchTokens.GRID * PatchTokens.GRID - 1));
                }
                int ul = pending.get(0);
                int lr = pending.get(1);
                if (ul % PatchTokens.GRID > lr % PatchTokens.GRID || ul / PatchTokens.GRID > lr / PatchTokens.GRID) {
                    throw new InvalidFieldException(field, "patch indexes " + ul + " and " + lr
                            + " are not an upper-left and a lower-right cell");
                }
                boxes.add(new int[] {ul, lr});
                pending.clear();
                if (tag.equals("/object")) {
                    return at;
                }
            } else {
                throw new InvalidFieldException(field, "<" + tag + "> at character " + t.start()
                        + " inside an <object>");
            }
        }
        throw new InvalidFieldException(field, "an <object> is never closed");
    }

    private static GroundedText trim(String text, List<GroundedText.Phrase> phrases) {
        int lead = 0;
        while (lead < text.length() && Character.isWhitespace(text.charAt(lead))) {
            lead++;
        }
        String trimmed = text.strip();
        List<GroundedText.Phrase> shifted = new ArrayList<>();
        for (GroundedText.Phrase p : phrases) {
            shifted.add(new GroundedText.Phrase(p.start() - lead, p.end() - lead, p.boxes()));
        }
        return new GroundedText(trimmed, shifted);
    }
}
