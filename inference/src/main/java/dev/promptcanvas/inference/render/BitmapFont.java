package dev.promptcanvas.inference.render;

import java.util.HashMap;
import java.util.Map;

/**
 * A built-in 5 x 7 pixel font for digits and lower-case letters, scaled by whole pixels. Labels drawn with it look
 * the same on every machine (no system fonts, no antialiasing), which keeps Set-of-Mark renders reproducible.
 */
final class BitmapFont {

    static final int GLYPH_W = 5;
    static final int GLYPH_H = 7;

    private static final Map<Character, String[]> GLYPHS = new HashMap<>();

    static {
        put('0', " ### ", "#   #", "#  ##", "# # #", "##  #", "#   #", " ### ");
        put('1', "  #  ", " ##  ", "  #  ", "  #  ", "  #  ", "  #  ", " ### ");
        put('2', " ### ", "#   #", "    #", "   # ", "  #  ", " #   ", "#####");
        put('3', "#####", "   # ", "  #  ", "   # ", "    #", "#   #", " ### ");
        put('4', "   # ", "  ## ", " # # ", "#  # ", "#####", "   # ", "   # ");
        put('5', "#####", "#    ", "#### ", "    #", "    #", "#   #", " ### ");
        put('6', "  ## ", " #   ", "#    ", "#### ", "#   #", "#   #", " ### ");
        put('7', "#####", "    #", "   # ", "  #  ", " #   ", " #   ", " #   ");
        put('8', " ### ", "#   #", "#   #", " ### ", "#   #", "#   #", " ### ");
        put('9', " ### ", "#   #", "#   #", " ####", "    #", "   # ", " ##  ");
        put('a', "     ", "     ", " ### ", "    #", " ####", "#   #", " ####");
        put('b', "#    ", "#    ", "# ## ", "##  #", "#   #", "#   #", "#### ");
        put('c', "     ", "     ", " ### ", "#    ", "#    ", "#   #", " ### ");
        put('d', "    #", "    #", " ## #", "#  ##", "#   #", "#   #", " ####");
        put('e', "     ", "     ", " ### ", "#   #", "#####", "#    ", " ### ");
        put('f', "  ## ", " #  #", " #   ", "###  ", " #   ", " #   ", " #   ");
        put('g', "     ", " ####", "#   #", "#   #", " ####", "    #", " ### ");
        put('h', "#    ", "#    ", "# ## ", "##  #", "#   #", "#   #", "#   #");
        put('i', "  #  ", "     ", " ##  ", "  #  ", "  #  ", "  #  ", " ### ");
        put('j', "   # ", "     ", "  ## ", "   # ", "   # ", "#  # ", " ##  ");
        put('k', "#    ", "#    ", "#  # ", "# #  ", "##   ", "# #  ", "#  # ");
        put('l', " ##  ", "  #  ", "  #  ", "  #  ", "  #  ", "  #  ", " ### ");
        put('m', "     ", "     ", "## # ", "# # #", "# # #", "#   #", "#   #");
        put('n', "     ", "     ", "# ## ", "##  #", "#   #", "#   #", "#   #");
        put('o', "     ", "     ", " ### ", "#   #", "#   #", "#   #", " ### ");
        put('p', "     ", "     ", "#### ", "#   #", "#### ", "#    ", "#    ");
        put('q', "     ", "     ", " ## #", "#  ##", " ####", "    #", "    #");
        put('r', "     ", "     ", "# ## ", "##  #", "#    ", "#    ", "#    ");
        put('s', "     ", "     ", " ### ", "#    ", " ### ", "    #", "#### ");
        put('t', " #   ", " #   ", "###  ", " #   ", " #   ", " #  #", "  ## ");
        put('u', "     ", "     ", "#   #", "#   #", "#   #", "#  ##", " ## #");
        put('v', "     ", "     ", "#   #", "#   #", "#   #", " # # ", "  #  ");
        put('w', "     ", "     ", "#   #", "#   #", "# # #", "# # #", " # # ");
        put('x', "     ", "     ", "#   #", " # # ", "  #  ", " # # ", "#   #");
        put('y', "     ", "     ", "#   #", "#   #", " ####", "    #", " ### ");
        put('z', "     ", "     ", "#####", "   # ", "  #  ", " #   ", "#####");
    }

    private BitmapFont() {
    }

    private static void put(char c, String... rows) {
        GLYPHS.put(c, rows);
    }

    static boolean supports(char c) {
        return GLYPHS.containsKey(c);
    }

    /** Width in pixels of a text at the given scale (glyphs 5 wide, 1 pixel apart). */
    static int width(String text, int scale) {
        return text.isEmpty() ? 0 : (text.length() * (GLYPH_W + 1) - 1) * scale;
    }

    static int height(int scale) {
        return GLYPH_H * scale;
    }

    /** Paints the text with its top-left corner at (x, y), clipped to the image. */
    static void draw(int[] px, int imageWidth, int imageHeight, String text, int x, int y, int scale, int rgb) {
        for (int n = 0; n < text.length(); n++) {
            String[] g = GLYPHS.get(text.charAt(n));
            if (g == null) {
                throw new IllegalArgumentException("no glyph for '" + text.charAt(n) + "'");
            }
            int gx = x + n * (GLYPH_W + 1) * scale;
            for (int row = 0; row < GLYPH_H; row++) {
                for (int col = 0; col < GLYPH_W; col++) {
                    if (g[row].charAt(col) == '#') {
                        fill(px, imageWidth, imageHeight, gx + col * scale, y + row * scale, scale, rgb);
                    }
                }
            }
        }
    }

    private static void fill(int[] px, int w, int h, int x, int y, int s, int rgb) {
        for (int j = Math.max(0, y); j < Math.min(h, y + s); j++) {
            for (int i = Math.max(0, x); i < Math.min(w, x + s); i++) {
                px[j * w + i] = rgb;
            }
        }
    }
}
