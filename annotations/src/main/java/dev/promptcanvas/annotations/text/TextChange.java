package dev.promptcanvas.annotations.text;

import java.util.Optional;

/**
 * The one region in which an edited text differs from the original: {@code before[start, oldEnd)} became
 * {@code after[start, newEnd)}; what lies before {@code start} and after the region is common to both. Found from the
 * longest common prefix and then the longest common suffix, so several separate edits count as one region that spans
 * them all (phrases between them are dropped, never mis-shifted).
 */
public record TextChange(int start, int oldEnd, int newEnd) {

    public TextChange {
        if (start < 0 || oldEnd < start || newEnd < start) {
            throw new IllegalArgumentException("text change: region [" + start + ", " + oldEnd + ") -> [" + start
                    + ", " + newEnd + ") is invalid");
        }
    }

    /** The change that turns {@code before} into {@code after}. */
    public static TextChange between(String before, String after) {
        int limit = Math.min(before.length(), after.length());
        int prefix = 0;
        while (prefix < limit && before.charAt(prefix) == after.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < limit - prefix
                && before.charAt(before.length() - 1 - suffix) == after.charAt(after.length() - 1 - suffix)) {
            suffix++;
        }
        return new TextChange(prefix, before.length() - suffix, after.length() - suffix);
    }

    /** How far text after the region moved (negative when it got shorter). */
    public int delta() {
        return newEnd - oldEnd;
    }

    /** Whether the texts are equal. */
    public boolean isNone() {
        return oldEnd == start && newEnd == start;
    }

    /**
     * Where the span {@code [spanStart, spanEnd)} of the original text lies in the edited text: unchanged when it
     * ends at or before the region, shifted by {@link #delta()} when it starts at or after it, and empty when the
     * edit touched it (overlapped it, or inserted text strictly inside it). So the span's text is the same before
     * and after whenever a span is returned.
     */
    public Optional<Span> shift(int spanStart, int spanEnd) {
        if (spanStart < oldEnd && spanEnd > start) {
            return Optional.empty();
        }
        return Optional.of(spanEnd <= start ? new Span(spanStart, spanEnd)
                : new Span(spanStart + delta(), spanEnd + delta()));
    }

    /** A character span [start, end) of a text. */
    public record Span(int start, int end) {

        public Span {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("span [" + start + ", " + end + ") is invalid");
            }
        }

        public int length() {
            return end - start;
        }

        public boolean overlaps(int otherStart, int otherEnd) {
            return start < otherEnd && otherStart < end;
        }
    }
}
