package dev.promptcanvas.annotations.formats.support;

/**
 * Character offsets as Python counts them (code points) against Java's (UTF-16 units). Dataset spans written by
 * Python tools ({@code caption[start:end]}) count code points, so an emoji is one character there and two here.
 */
public final class CodePointOffsets {

    private CodePointOffsets() {
    }

    /** The code-point offset of a UTF-16 offset into {@code text}. */
    public static int toCodePoints(String text, int charOffset) {
        return text.codePointCount(0, charOffset);
    }

    /** The UTF-16 offset of a code-point offset into {@code text}; -1 when it lies past the end. */
    public static int toChars(String text, int codePointOffset) {
        if (codePointOffset < 0 || codePointOffset > text.codePointCount(0, text.length())) {
            return -1;
        }
        return text.offsetByCodePoints(0, codePointOffset);
    }

    /** The text's length in code points. */
    public static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
